package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import java.util.List;

public interface FindEntitlementsQuery {

    /** @throws io.flexprice.domain.common.NotFoundException if there is no live entitlement with this id */
    Entitlement get(Caller caller, EntitlementId id);

    Page<Entitlement> search(Caller caller, EntitlementFilter filter, PageRequest page);

    /** A live plan with its live entitlements, oldest first. */
    PlanEntitlements ofPlan(Caller caller, PlanId planId);

    /** A live addon's live entitlements, oldest first. */
    List<Entitlement> ofAddon(Caller caller, AddonId addonId);

    record PlanEntitlements(Plan plan, List<Entitlement> entitlements) {

        public PlanEntitlements {
            entitlements = List.copyOf(entitlements);
        }
    }
}
