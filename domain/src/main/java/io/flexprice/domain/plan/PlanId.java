package io.flexprice.domain.plan;

import io.flexprice.domain.common.EntityId;

public record PlanId(String value) {

    public PlanId {
        EntityId.require(value, "plan_id");
    }

    public static PlanId of(String value) {
        return new PlanId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
