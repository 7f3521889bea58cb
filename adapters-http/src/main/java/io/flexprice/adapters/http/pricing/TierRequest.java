package io.flexprice.adapters.http.pricing;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.pricing.PriceTier;
import java.math.BigDecimal;

/** FlexPrice's {@code dto.CreatePriceTier}: {@code up_to} a number (absent on the last tier), amounts strings. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record TierRequest(BigDecimal upTo, String unitAmount, String flatAmount) {

    /** The tier, or null with every violation recorded under {@code prefix} ({@code tiers[1].}). */
    public PriceTier toTier(WireParser wire, String prefix) {
        int before = wire.violationCount();
        BigDecimal unit = Decimals.parse(wire, unitAmount, prefix + "unit_amount");
        BigDecimal flat = Decimals.parse(wire, flatAmount, prefix + "flat_amount");
        return wire.violationCount() == before ? wire.parse(prefix, () -> new PriceTier(upTo, unit, flat)) : null;
    }
}
