package io.flexprice.domain.customer;

import io.flexprice.domain.common.EntityId;

public record CustomerId(String value) {

    public CustomerId {
        EntityId.require(value, "customer_id");
    }

    public static CustomerId of(String value) {
        return new CustomerId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
