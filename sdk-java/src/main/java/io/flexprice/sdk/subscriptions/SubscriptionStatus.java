package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where a subscription is in its life.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record SubscriptionStatus(@JsonValue String value) {

    public static final SubscriptionStatus ACTIVE = new SubscriptionStatus("active");
    public static final SubscriptionStatus PAUSED = new SubscriptionStatus("paused");
    public static final SubscriptionStatus CANCELLED = new SubscriptionStatus("cancelled");
    public static final SubscriptionStatus INCOMPLETE = new SubscriptionStatus("incomplete");
    public static final SubscriptionStatus TRIALING = new SubscriptionStatus("trialing");
    public static final SubscriptionStatus DRAFT = new SubscriptionStatus("draft");

    private static final Set<SubscriptionStatus> KNOWN = Set.of(ACTIVE, PAUSED, CANCELLED, INCOMPLETE, TRIALING, DRAFT);

    public SubscriptionStatus {
        OpenEnums.require(value, "SubscriptionStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SubscriptionStatus of(String value) {
        return new SubscriptionStatus(value);
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
