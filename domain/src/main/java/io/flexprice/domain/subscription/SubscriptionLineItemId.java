package io.flexprice.domain.subscription;

import io.flexprice.domain.common.EntityId;

public record SubscriptionLineItemId(String value) {

    public SubscriptionLineItemId {
        EntityId.require(value, "line_item_id");
    }

    public static SubscriptionLineItemId of(String value) {
        return new SubscriptionLineItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
