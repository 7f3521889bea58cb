package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a price charges a fixed amount or for metered usage.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PriceType(@JsonValue String value) {

    public static final PriceType USAGE = new PriceType("USAGE");
    public static final PriceType FIXED = new PriceType("FIXED");

    private static final Set<PriceType> KNOWN = Set.of(USAGE, FIXED);

    public PriceType {
        OpenEnums.require(value, "PriceType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PriceType of(String value) {
        return new PriceType(value);
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
