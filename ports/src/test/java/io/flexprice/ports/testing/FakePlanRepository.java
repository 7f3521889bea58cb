package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.out.plan.PlanRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Plans in a map; a live plan's lookup key is unique in its scope, as the port says. */
public final class FakePlanRepository implements PlanRepository {

    private final Map<List<Object>, Plan> plans = new LinkedHashMap<>();

    @Override
    public void insert(Plan plan) {
        if (plans.containsKey(key(plan.scope(), plan.id()))) {
            throw new IllegalStateException("plan " + plan.id() + " is already stored");
        }
        requireLookupKeyFree(plan);
        plans.put(key(plan.scope(), plan.id()), plan);
    }

    @Override
    public void update(Plan plan) {
        if (!plans.containsKey(key(plan.scope(), plan.id()))) {
            throw new IllegalStateException("plan " + plan.id() + " is not stored");
        }
        requireLookupKeyFree(plan);
        plans.put(key(plan.scope(), plan.id()), plan);
    }

    @Override
    public Optional<Plan> findById(Scope scope, PlanId id) {
        return Optional.ofNullable(plans.get(key(scope, id)));
    }

    @Override
    public Page<Plan> search(Scope scope, PlanFilter filter, PageRequest page) {
        return Pages.of(plans.values().stream()
                .filter(p -> p.scope().equals(scope))
                .filter(p -> Pages.matchesAny(filter.planIds(), p.id().value()))
                .filter(p -> Pages.matchesAny(filter.lookupKeys(), p.lookupKey()))
                .filter(p -> Pages.matchesStatus(filter.status(), p.status()))
                .toList(), page);
    }

    public Plan stored(PlanId id) {
        return plans.values().stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("plan " + id + " is not stored"));
    }

    public List<Plan> all() {
        return List.copyOf(plans.values());
    }

    private void requireLookupKeyFree(Plan plan) {
        boolean taken = plan.isLive() && plan.lookupKey() != null && plans.values().stream()
                .anyMatch(other -> other.scope().equals(plan.scope()) && !other.id().equals(plan.id())
                        && other.isLive() && Objects.equals(other.lookupKey(), plan.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.PLAN_LOOKUP_KEY_TAKEN,
                    "a plan with lookup key " + plan.lookupKey() + " already exists");
        }
    }

    private static List<Object> key(Scope scope, PlanId id) {
        return List.of(scope, id);
    }
}
