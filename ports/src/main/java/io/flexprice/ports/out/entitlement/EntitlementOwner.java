package io.flexprice.ports.out.entitlement;

import io.flexprice.domain.entitlement.EntitlementEntityType;
import java.util.Objects;

/** A plan, addon or subscription, as the grantor of entitlements. */
public record EntitlementOwner(EntitlementEntityType entityType, String entityId) {

    public EntitlementOwner {
        Objects.requireNonNull(entityType, "entityType");
        Objects.requireNonNull(entityId, "entityId");
    }
}
