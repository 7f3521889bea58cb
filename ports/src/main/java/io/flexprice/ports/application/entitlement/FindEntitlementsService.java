package io.flexprice.ports.application.entitlement;

import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.entitlement.FindEntitlementsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import java.util.List;

public final class FindEntitlementsService implements FindEntitlementsQuery {

    /** The most entitlements one plan's or addon's view lists. */
    static final int MAX_PER_ENTITY = PageRequest.MAX_LIMIT;

    private final EntitlementRepository entitlements;
    private final PlanRepository plans;
    private final AddonRepository addons;

    public FindEntitlementsService(EntitlementRepository entitlements, PlanRepository plans, AddonRepository addons) {
        this.entitlements = entitlements;
        this.plans = plans;
        this.addons = addons;
    }

    @Override
    public Entitlement get(Caller caller, EntitlementId id) {
        return live(entitlements, caller.scope(), id);
    }

    @Override
    public Page<Entitlement> search(Caller caller, EntitlementFilter filter, PageRequest page) {
        return entitlements.search(caller.scope(), filter, page);
    }

    @Override
    public PlanEntitlements ofPlan(Caller caller, PlanId planId) {
        Plan plan = ManagePricesService.livePlan(plans, caller.scope(), planId);
        return new PlanEntitlements(plan, of(caller.scope(), EntitlementEntityType.PLAN, planId.value()));
    }

    @Override
    public List<Entitlement> ofAddon(Caller caller, AddonId addonId) {
        ManagePricesService.liveAddon(addons, caller.scope(), addonId);
        return of(caller.scope(), EntitlementEntityType.ADDON, addonId.value());
    }

    private List<Entitlement> of(Scope scope, EntitlementEntityType type, String entityId) {
        return entitlements.search(scope, EntitlementFilter.ofEntity(type, entityId),
                new PageRequest(MAX_PER_ENTITY, 0, PageRequest.SortOrder.ASC)).items();
    }

    static Entitlement live(EntitlementRepository entitlements, Scope scope, EntitlementId id) {
        return entitlements.findById(scope, id).filter(Entitlement::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.ENTITLEMENT_NOT_FOUND,
                        "entitlement " + id + " not found"));
    }
}
