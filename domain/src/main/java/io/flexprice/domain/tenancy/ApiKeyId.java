package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.EntityId;

public record ApiKeyId(String value) {

    public ApiKeyId {
        EntityId.require(value, "id");
    }

    public static ApiKeyId of(String value) {
        return new ApiKeyId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
