package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.EntityId;

public record EnvironmentId(String value) {

    public EnvironmentId {
        EntityId.require(value, "environment_id");
    }

    public static EnvironmentId of(String value) {
        return new EnvironmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
