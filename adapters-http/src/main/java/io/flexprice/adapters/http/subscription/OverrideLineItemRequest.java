package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.adapters.http.pricing.TierRequest;
import io.flexprice.adapters.http.pricing.TransformQuantityRequest;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.subscription.PriceOverride;
import java.util.List;

/**
 * FlexPrice's {@code dto.OverrideLineItemRequest}: a plan price changed for this subscription only. Custom
 * price units ({@code price_unit_amount}, {@code price_unit_tiers}) are refused.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record OverrideLineItemRequest(String priceId, String amount, String quantity, String billingModel,
                                      String tierMode, List<TierRequest> tiers,
                                      TransformQuantityRequest transformQuantity, String priceUnitAmount,
                                      List<TierRequest> priceUnitTiers) {

    PriceOverride toOverride(WireParser wire, String prefix) {
        int before = wire.violationCount();
        if (priceId == null || priceId.isBlank()) {
            wire.add(prefix + "price_id", "is required");
        }
        if (priceUnitAmount != null || priceUnitTiers != null) {
            wire.add(prefix + "price_unit_amount", "custom price units are not supported");
        }
        var amountValue = Decimals.parse(wire, amount, prefix + "amount");
        var quantityValue = Decimals.parse(wire, quantity, prefix + "quantity");
        BillingModel model = SubscriptionWire.wireEnum(wire, prefix, billingModel, BillingModel::fromWire);
        TierMode mode = SubscriptionWire.wireEnum(wire, prefix, tierMode, TierMode::fromWire);
        var parsedTiers = SubscriptionWire.tiers(wire, prefix, tiers);
        var transform = SubscriptionWire.transform(wire, prefix, transformQuantity);
        if (wire.violationCount() != before) {
            return null;
        }
        return new PriceOverride(PriceId.of(priceId), amountValue, quantityValue, model, mode, parsedTiers, transform);
    }
}
