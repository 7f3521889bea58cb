package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Credit grants in {@code credit_grants} (V15). */
public final class PostgresCreditGrantRepository implements CreditGrantRepository {

    private final CreditGrantMapper mapper;

    @Inject
    public PostgresCreditGrantRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CreditGrantMapper.class);
    }

    @Override
    public void insert(CreditGrant grant) {
        mapper.insert(CreditGrantRow.from(grant));
    }

    @Override
    public void update(CreditGrant grant) {
        mapper.update(CreditGrantRow.from(grant));
    }

    @Override
    public Optional<CreditGrant> findById(Scope scope, CreditGrantId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(CreditGrantRow::toDomain);
    }

    @Override
    public List<CreditGrant> findByPlan(Scope scope, PlanId planId) {
        return mapper.findByPlan(scope, planId.value()).stream().map(CreditGrantRow::toDomain).toList();
    }

    @Override
    public List<CreditGrant> findBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return mapper.findBySubscription(scope, subscriptionId.value()).stream().map(CreditGrantRow::toDomain)
                .toList();
    }

    @Override
    public List<CreditGrant> findLiveAcrossTenants() {
        return mapper.findLiveAcrossTenants().stream().map(CreditGrantRow::toDomain).toList();
    }
}
