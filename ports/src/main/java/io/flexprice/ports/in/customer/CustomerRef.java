package io.flexprice.ports.in.customer;

import io.flexprice.domain.common.Violations;

/** A customer named by our id or by the tenant's external id (exactly one of them). */
public record CustomerRef(String id, String externalId) {

    public CustomerRef {
        id = id == null || id.isBlank() ? null : id;
        externalId = externalId == null || externalId.isBlank() ? null : externalId;
        new Violations()
                .require(id != null || externalId != null, "id", "a customer id or external customer id is required")
                .require(id == null || externalId == null, "id", "give either a customer id or an external id, not both")
                .throwIfAny();
    }

    public static CustomerRef byId(String id) {
        return new CustomerRef(id, null);
    }

    public static CustomerRef byExternalId(String externalId) {
        return new CustomerRef(null, externalId);
    }
}
