package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a subscription (or one pause) is paused now, will be, or was.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PauseStatus(@JsonValue String value) {

    public static final PauseStatus NONE = new PauseStatus("none");
    public static final PauseStatus ACTIVE = new PauseStatus("active");
    public static final PauseStatus SCHEDULED = new PauseStatus("scheduled");
    public static final PauseStatus COMPLETED = new PauseStatus("completed");
    public static final PauseStatus CANCELLED = new PauseStatus("cancelled");

    private static final Set<PauseStatus> KNOWN = Set.of(NONE, ACTIVE, SCHEDULED, COMPLETED, CANCELLED);

    public PauseStatus {
        OpenEnums.require(value, "PauseStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PauseStatus of(String value) {
        return new PauseStatus(value);
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
