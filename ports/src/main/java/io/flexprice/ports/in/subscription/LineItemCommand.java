package io.flexprice.ports.in.subscription;

import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * A line item to add ({@code priceId} required) or the new terms of one to update (FlexPrice's create and
 * update line item requests): an override of amount, billing model, tiers or package size, and a quantity.
 * {@code effectiveFrom} (default now) is when an added line starts or an updated one changes.
 */
public record LineItemCommand(String priceId, BigDecimal quantity, String displayName, BigDecimal amount,
                              BillingModel billingModel, TierMode tierMode, List<PriceTier> tiers,
                              TransformQuantity transformQuantity, Instant effectiveFrom, Instant endDate,
                              Map<String, String> metadata) {
}
