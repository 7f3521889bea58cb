package io.flexprice.domain.creditgrant;

import io.flexprice.domain.common.EntityId;

public record CreditGrantApplicationId(String value) {

    public CreditGrantApplicationId {
        EntityId.require(value, "credit_grant_application_id");
    }

    public static CreditGrantApplicationId of(String value) {
        return new CreditGrantApplicationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
