package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.PriceTermsChange;
import io.flexprice.domain.pricing.PriceTier;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.pricing.TransformQuantity;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePriceRequest}. {@code lookup_key}, {@code display_name}, {@code description}
 * and {@code metadata} change in place; absent ones keep their value. A change of the terms
 * ({@code amount}, {@code billing_model}, {@code tier_mode}, {@code tiers}, {@code transform_quantity}) ends
 * the price at {@code effective_from} (an RFC 3339 timestamp, default now, never in the past) and answers
 * with the new version that starts there, as FlexPrice does. {@code group_id}, {@code price_unit_amount}
 * and {@code price_unit_tiers} are accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdatePriceRequest(String lookupKey, String displayName, String description,
                                 Map<String, String> metadata, String amount, String billingModel, String tierMode,
                                 List<TierRequest> tiers, TransformQuantityRequest transformQuantity,
                                 String effectiveFrom) {

    public UpdatePriceCommand toCommand() {
        WireParser wire = new WireParser();
        BillingModel model = CreatePriceRequest.wireEnum(wire, "", billingModel, BillingModel::fromWire);
        TierMode mode = CreatePriceRequest.wireEnum(wire, "", tierMode, TierMode::fromWire);
        BigDecimal amountValue = Decimals.parse(wire, amount, "amount");
        List<PriceTier> priceTiers = CreatePriceRequest.tiers(wire, tiers, "");
        TransformQuantity transform = CreatePriceRequest.transform(wire, transformQuantity, "");
        Instant from = wire.instant(effectiveFrom, "effective_from");
        wire.throwIfInvalid();
        return new UpdatePriceCommand(lookupKey, displayName, description, metadata,
                new PriceTermsChange(model, amountValue, mode, priceTiers, transform), from);
    }
}
