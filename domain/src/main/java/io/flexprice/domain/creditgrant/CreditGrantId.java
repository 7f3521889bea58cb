package io.flexprice.domain.creditgrant;

import io.flexprice.domain.common.EntityId;

public record CreditGrantId(String value) {

    public CreditGrantId {
        EntityId.require(value, "credit_grant_id");
    }

    public static CreditGrantId of(String value) {
        return new CreditGrantId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
