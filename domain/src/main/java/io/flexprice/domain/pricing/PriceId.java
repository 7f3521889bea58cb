package io.flexprice.domain.pricing;

import io.flexprice.domain.common.EntityId;

public record PriceId(String value) {

    public PriceId {
        EntityId.require(value, "price_id");
    }

    public static PriceId of(String value) {
        return new PriceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
