package io.flexprice.sdk.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * When a meter's usage starts again from zero.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record ResetUsage(@JsonValue String value) {

    public static final ResetUsage BILLING_PERIOD = new ResetUsage("BILLING_PERIOD");
    public static final ResetUsage NEVER = new ResetUsage("NEVER");

    private static final Set<ResetUsage> KNOWN = Set.of(BILLING_PERIOD, NEVER);

    public ResetUsage {
        OpenEnums.require(value, "ResetUsage");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ResetUsage of(String value) {
        return new ResetUsage(value);
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
