package io.flexprice.domain.payment;

import io.flexprice.domain.common.EntityId;

public record PaymentId(String value) {

    public PaymentId {
        EntityId.require(value, "payment_id");
    }

    public static PaymentId of(String value) {
        return new PaymentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
