package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/**
 * Applications in {@code credit_grant_applications} (V15): {@link #insertIfAbsent} is {@code INSERT ... ON CONFLICT
 * DO NOTHING} on the (grant, subscription, period index) key, {@link #lock} is {@code SELECT ... FOR UPDATE}.
 */
public final class PostgresCreditGrantApplicationRepository implements CreditGrantApplicationRepository {

    private final CreditGrantApplicationMapper mapper;

    @Inject
    public PostgresCreditGrantApplicationRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CreditGrantApplicationMapper.class);
    }

    @Override
    public boolean insertIfAbsent(CreditGrantApplication application) {
        return mapper.insertIfAbsent(CreditGrantApplicationRow.from(application)) == 1;
    }

    @Override
    public void update(CreditGrantApplication application) {
        mapper.update(CreditGrantApplicationRow.from(application));
    }

    @Override
    public Optional<CreditGrantApplication> lock(Scope scope, CreditGrantId grant, SubscriptionId subscription,
                                                 int periodIndex) {
        return Optional.ofNullable(mapper.lock(scope, grant.value(), subscription.value(), periodIndex))
                .map(CreditGrantApplicationRow::toDomain);
    }

    @Override
    public Optional<CreditGrantApplication> findLatest(Scope scope, CreditGrantId grant,
                                                       SubscriptionId subscription) {
        return Optional.ofNullable(mapper.findLatest(scope, grant.value(), subscription.value()))
                .map(CreditGrantApplicationRow::toDomain);
    }

    @Override
    public List<CreditGrantApplication> findBySubscription(Scope scope, SubscriptionId subscription) {
        return mapper.findBySubscription(scope, subscription.value()).stream()
                .map(CreditGrantApplicationRow::toDomain).toList();
    }
}
