package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * When a plan change takes effect: now, or at the end of the current period.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record ScheduleType(@JsonValue String value) {

    public static final ScheduleType IMMEDIATE = new ScheduleType("immediate");
    public static final ScheduleType END_OF_PERIOD = new ScheduleType("end_of_period");

    private static final Set<ScheduleType> KNOWN = Set.of(IMMEDIATE, END_OF_PERIOD);

    public ScheduleType {
        OpenEnums.require(value, "ScheduleType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ScheduleType of(String value) {
        return new ScheduleType(value);
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
