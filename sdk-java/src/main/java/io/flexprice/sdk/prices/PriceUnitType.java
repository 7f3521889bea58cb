package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether amounts are in a fiat currency or a custom price unit.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PriceUnitType(@JsonValue String value) {

    public static final PriceUnitType FIAT = new PriceUnitType("FIAT");
    public static final PriceUnitType CUSTOM = new PriceUnitType("CUSTOM");

    private static final Set<PriceUnitType> KNOWN = Set.of(FIAT, CUSTOM);

    public PriceUnitType {
        OpenEnums.require(value, "PriceUnitType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PriceUnitType of(String value) {
        return new PriceUnitType(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
