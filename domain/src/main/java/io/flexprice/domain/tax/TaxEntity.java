package io.flexprice.domain.tax;

import io.flexprice.domain.common.Violations;

/** One thing a tax rate can be attached to: the tenant, a customer or a subscription, by id. */
public record TaxEntity(TaxEntityType type, String id) {

    public TaxEntity {
        new Violations()
                .require(type != null, "entity_type", "is required")
                .requireText(id, "entity_id")
                .throwIfAny();
    }
}
