package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Credit grants in memory, per scope. */
public final class InMemoryCreditGrantRepository implements CreditGrantRepository {

    private static final Comparator<CreditGrant> OLDEST_FIRST = Comparator
            .comparing((CreditGrant g) -> g.audit().createdAt()).thenComparing(g -> g.id().value());

    private final Partitions<Scope, CreditGrantId, CreditGrant> grants = new Partitions<>();

    @Inject
    public InMemoryCreditGrantRepository() {
    }

    @Override
    public void insert(CreditGrant grant) {
        grants.insert(grant.scope(), grant.id(), grant);
    }

    @Override
    public void update(CreditGrant grant) {
        grants.replace(grant.scope(), grant.id(), grant);
    }

    @Override
    public Optional<CreditGrant> findById(Scope scope, CreditGrantId id) {
        return grants.find(scope, id);
    }

    @Override
    public List<CreditGrant> findByPlan(Scope scope, PlanId planId) {
        return live(scope, g -> g.grantScope() == CreditGrantScope.PLAN && planId.equals(g.planId()));
    }

    @Override
    public List<CreditGrant> findBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return live(scope, g -> g.grantScope() == CreditGrantScope.SUBSCRIPTION
                && subscriptionId.equals(g.subscriptionId()));
    }

    @Override
    public List<CreditGrant> findLiveAcrossTenants() {
        return grants.everyOwner().filter(CreditGrant::isLive).sorted(OLDEST_FIRST).toList();
    }

    private List<CreditGrant> live(Scope scope, Predicate<CreditGrant> test) {
        return grants.all(scope).stream().filter(CreditGrant::isLive).filter(test).sorted(OLDEST_FIRST).toList();
    }
}
