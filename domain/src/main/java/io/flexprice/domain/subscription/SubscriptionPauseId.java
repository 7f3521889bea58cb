package io.flexprice.domain.subscription;

import io.flexprice.domain.common.EntityId;

public record SubscriptionPauseId(String value) {

    public SubscriptionPauseId {
        EntityId.require(value, "pause_id");
    }

    public static SubscriptionPauseId of(String value) {
        return new SubscriptionPauseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
