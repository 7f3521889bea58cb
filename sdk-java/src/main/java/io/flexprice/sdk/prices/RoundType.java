package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a package price rounds a divided quantity.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record RoundType(@JsonValue String value) {

    public static final RoundType UP = new RoundType("up");
    public static final RoundType DOWN = new RoundType("down");

    private static final Set<RoundType> KNOWN = Set.of(UP, DOWN);

    public RoundType {
        OpenEnums.require(value, "RoundType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static RoundType of(String value) {
        return new RoundType(value);
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
