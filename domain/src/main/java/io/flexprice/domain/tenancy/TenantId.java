package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.EntityId;

public record TenantId(String value) {

    public TenantId {
        EntityId.require(value, "tenant_id");
    }

    public static TenantId of(String value) {
        return new TenantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
