package io.flexprice.ports.testing;

import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Credit grants in a map, in insertion order. */
public final class FakeCreditGrantRepository implements CreditGrantRepository {

    private final Map<String, CreditGrant> grants = new LinkedHashMap<>();

    private static String key(Scope scope, CreditGrantId id) {
        return scope.tenantId().value() + "/" + scope.environmentId().value() + "/" + id.value();
    }

    @Override
    public void insert(CreditGrant grant) {
        if (grants.putIfAbsent(key(grant.scope(), grant.id()), grant) != null) {
            throw new IllegalStateException("duplicate " + grant.id());
        }
    }

    @Override
    public void update(CreditGrant grant) {
        grants.replace(key(grant.scope(), grant.id()), grant);
    }

    @Override
    public Optional<CreditGrant> findById(Scope scope, CreditGrantId id) {
        return Optional.ofNullable(grants.get(key(scope, id)));
    }

    @Override
    public List<CreditGrant> findByPlan(Scope scope, PlanId planId) {
        return grants.values().stream().filter(g -> g.scope().equals(scope) && g.isLive()
                && g.grantScope() == CreditGrantScope.PLAN && planId.equals(g.planId())).toList();
    }

    @Override
    public List<CreditGrant> findBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return grants.values().stream().filter(g -> g.scope().equals(scope) && g.isLive()
                && g.grantScope() == CreditGrantScope.SUBSCRIPTION && subscriptionId.equals(g.subscriptionId()))
                .toList();
    }

    @Override
    public List<CreditGrant> findLiveAcrossTenants() {
        return new ArrayList<>(grants.values().stream().filter(CreditGrant::isLive).toList());
    }
}
