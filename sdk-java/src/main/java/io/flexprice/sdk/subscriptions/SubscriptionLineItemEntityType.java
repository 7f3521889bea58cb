package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where a subscription's line item comes from: its plan, an addon, or the subscription itself.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record SubscriptionLineItemEntityType(@JsonValue String value) {

    public static final SubscriptionLineItemEntityType PLAN = new SubscriptionLineItemEntityType("plan");
    public static final SubscriptionLineItemEntityType ADDON = new SubscriptionLineItemEntityType("addon");
    public static final SubscriptionLineItemEntityType SUBSCRIPTION = new SubscriptionLineItemEntityType("subscription");

    private static final Set<SubscriptionLineItemEntityType> KNOWN = Set.of(PLAN, ADDON, SUBSCRIPTION);

    public SubscriptionLineItemEntityType {
        OpenEnums.require(value, "SubscriptionLineItemEntityType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SubscriptionLineItemEntityType of(String value) {
        return new SubscriptionLineItemEntityType(value);
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
