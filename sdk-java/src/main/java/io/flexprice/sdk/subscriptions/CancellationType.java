package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * When a cancellation takes effect: now, or at the end of the current period.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CancellationType(@JsonValue String value) {

    public static final CancellationType IMMEDIATE = new CancellationType("immediate");
    public static final CancellationType END_OF_PERIOD = new CancellationType("end_of_period");

    private static final Set<CancellationType> KNOWN = Set.of(IMMEDIATE, END_OF_PERIOD);

    public CancellationType {
        OpenEnums.require(value, "CancellationType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CancellationType of(String value) {
        return new CancellationType(value);
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
