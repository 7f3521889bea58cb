package io.flexprice.domain.entitlement;

import io.flexprice.domain.common.EntityId;

public record EntitlementId(String value) {

    public EntitlementId {
        EntityId.require(value, "entitlement_id");
    }

    public static EntitlementId of(String value) {
        return new EntitlementId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
