package io.flexprice.sdk.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Set;

/**
 * A usage window or bucket size.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record WindowSize(@JsonValue String value) {

    public static final WindowSize MINUTE = new WindowSize("MINUTE");
    public static final WindowSize FIFTEEN_MINUTES = new WindowSize("15MIN");
    public static final WindowSize THIRTY_MINUTES = new WindowSize("30MIN");
    public static final WindowSize HOUR = new WindowSize("HOUR");
    public static final WindowSize THREE_HOURS = new WindowSize("3HOUR");
    public static final WindowSize SIX_HOURS = new WindowSize("6HOUR");
    public static final WindowSize TWELVE_HOURS = new WindowSize("12HOUR");
    public static final WindowSize DAY = new WindowSize("DAY");
    public static final WindowSize WEEK = new WindowSize("WEEK");
    public static final WindowSize MONTH = new WindowSize("MONTH");

    private static final Set<WindowSize> KNOWN = Set.of(MINUTE, FIFTEEN_MINUTES, THIRTY_MINUTES, HOUR, THREE_HOURS, SIX_HOURS, TWELVE_HOURS, DAY, WEEK, MONTH);

    public WindowSize {
        OpenEnums.require(value, "WindowSize");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WindowSize of(String value) {
        return new WindowSize(value);
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
