package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.out.plan.PlanRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/**
 * Plans in memory, per scope. Writes are serialised, so the rule that a live plan's lookup key (when it has
 * one) is unique in its scope is checked and applied in one step, on insert and on update.
 */
public final class InMemoryPlanRepository implements PlanRepository {

    private final Partitions<Scope, PlanId, Plan> plans = new Partitions<>();

    @Inject
    public InMemoryPlanRepository() {
    }

    @Override
    public synchronized void insert(Plan plan) {
        requireLookupKeyFree(plan);
        plans.insert(plan.scope(), plan.id(), plan);
    }

    @Override
    public synchronized void update(Plan plan) {
        requireLookupKeyFree(plan);
        plans.replace(plan.scope(), plan.id(), plan);
    }

    @Override
    public Optional<Plan> findById(Scope scope, PlanId id) {
        return plans.find(scope, id);
    }

    @Override
    public Page<Plan> search(Scope scope, PlanFilter filter, PageRequest page) {
        return Listings.page(plans.all(scope).stream().filter(plan -> matches(filter, plan)),
                PlanFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), p -> p.audit().createdAt(), p -> p.id().value()), page);
    }

    private static boolean matches(PlanFilter filter, Plan plan) {
        return Listings.matchesAny(filter.planIds(), plan.id().value())
                && Listings.matchesAny(filter.lookupKeys(), plan.lookupKey())
                && Listings.matchesStatus(filter.status(), plan.status());
    }

    private void requireLookupKeyFree(Plan plan) {
        boolean taken = plan.isLive() && plan.lookupKey() != null && plans.anyOther(plan.scope(), plan.id(),
                other -> other.isLive() && plan.lookupKey().equals(other.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.PLAN_LOOKUP_KEY_TAKEN,
                    "a plan with lookup key " + plan.lookupKey() + " already exists");
        }
    }
}
