package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.entitlement.EntitlementId;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * FlexPrice's {@code override_entitlements} item: for one subscription, replace the plan's (or an addon's)
 * entitlement {@code entitlementId} by a copy with the given fields changed (null keeps the parent's).
 */
public record OverrideEntitlementCommand(EntitlementId entitlementId, Boolean enabled, BigDecimal usageLimit,
                                         String staticValue) {

    public OverrideEntitlementCommand {
        Objects.requireNonNull(entitlementId, "entitlementId");
    }
}
