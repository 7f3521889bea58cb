package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether an addon association is running.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record AddonStatus(@JsonValue String value) {

    public static final AddonStatus ACTIVE = new AddonStatus("active");
    public static final AddonStatus CANCELLED = new AddonStatus("cancelled");
    public static final AddonStatus PAUSED = new AddonStatus("paused");

    private static final Set<AddonStatus> KNOWN = Set.of(ACTIVE, CANCELLED, PAUSED);

    public AddonStatus {
        OpenEnums.require(value, "AddonStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AddonStatus of(String value) {
        return new AddonStatus(value);
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
