package io.flexprice.domain.metering;

import io.flexprice.domain.common.EntityId;

public record MeterId(String value) {

    public MeterId {
        EntityId.require(value, "meter_id");
    }

    public static MeterId of(String value) {
        return new MeterId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
