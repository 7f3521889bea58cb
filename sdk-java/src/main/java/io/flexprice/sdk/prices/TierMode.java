package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a tiered price applies its tiers: the whole quantity at one tier's rate ({@code VOLUME}) or each\n * slice at its own tier's rate ({@code SLAB}).
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TierMode(@JsonValue String value) {

    public static final TierMode VOLUME = new TierMode("VOLUME");
    public static final TierMode SLAB = new TierMode("SLAB");

    private static final Set<TierMode> KNOWN = Set.of(VOLUME, SLAB);

    public TierMode {
        OpenEnums.require(value, "TierMode");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TierMode of(String value) {
        return new TierMode(value);
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
