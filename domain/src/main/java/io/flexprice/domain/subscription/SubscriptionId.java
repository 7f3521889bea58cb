package io.flexprice.domain.subscription;

import io.flexprice.domain.common.EntityId;

public record SubscriptionId(String value) {

    public SubscriptionId {
        EntityId.require(value, "subscription_id");
    }

    public static SubscriptionId of(String value) {
        return new SubscriptionId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
