package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a subscription's periods are laid: from its start ({@code anniversary}) or on calendar boundaries.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record BillingCycle(@JsonValue String value) {

    public static final BillingCycle ANNIVERSARY = new BillingCycle("anniversary");
    public static final BillingCycle CALENDAR = new BillingCycle("calendar");

    private static final Set<BillingCycle> KNOWN = Set.of(ANNIVERSARY, CALENDAR);

    public BillingCycle {
        OpenEnums.require(value, "BillingCycle");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BillingCycle of(String value) {
        return new BillingCycle(value);
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
