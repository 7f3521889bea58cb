package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a pause ends: resumed now, at a set time, or by itself at its end.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record ResumeMode(@JsonValue String value) {

    public static final ResumeMode IMMEDIATE = new ResumeMode("immediate");
    public static final ResumeMode SCHEDULED = new ResumeMode("scheduled");
    public static final ResumeMode AUTO = new ResumeMode("auto");

    private static final Set<ResumeMode> KNOWN = Set.of(IMMEDIATE, SCHEDULED, AUTO);

    public ResumeMode {
        OpenEnums.require(value, "ResumeMode");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static ResumeMode of(String value) {
        return new ResumeMode(value);
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
