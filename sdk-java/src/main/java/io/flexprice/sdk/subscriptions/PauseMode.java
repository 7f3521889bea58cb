package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * When a pause starts: now, at a given time, or at the period end.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PauseMode(@JsonValue String value) {

    public static final PauseMode IMMEDIATE = new PauseMode("immediate");
    public static final PauseMode SCHEDULED = new PauseMode("scheduled");
    public static final PauseMode PERIOD_END = new PauseMode("period_end");

    private static final Set<PauseMode> KNOWN = Set.of(IMMEDIATE, SCHEDULED, PERIOD_END);

    public PauseMode {
        OpenEnums.require(value, "PauseMode");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PauseMode of(String value) {
        return new PauseMode(value);
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
