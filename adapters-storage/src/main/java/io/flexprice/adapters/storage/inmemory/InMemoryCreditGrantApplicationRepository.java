package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Applications in memory, per scope, keyed by (grant, subscription, period index). {@link #lock} takes no lock of
 * its own: units of work in memory already run one at a time ({@link InMemoryTransactions}).
 */
public final class InMemoryCreditGrantApplicationRepository implements CreditGrantApplicationRepository {

    private record Key(CreditGrantId grant, SubscriptionId subscription, int periodIndex) {
    }

    private final Partitions<Scope, Key, CreditGrantApplication> applications = new Partitions<>();

    @Inject
    public InMemoryCreditGrantApplicationRepository() {
    }

    @Override
    public boolean insertIfAbsent(CreditGrantApplication application) {
        return applications.insertIfAbsent(application.scope(), key(application), application);
    }

    @Override
    public void update(CreditGrantApplication application) {
        CreditGrantApplication stored = applications.find(application.scope(), key(application)).orElseThrow();
        applications.replace(application.scope(), key(application), new CreditGrantApplication(stored.id(),
                application.scope(), application.creditGrantId(), application.subscriptionId(),
                application.periodIndex(), application.periodStart(), application.periodEnd(),
                application.scheduledFor(), application.appliedAt(), application.applicationStatus(),
                application.applicationReason(), application.credits(), application.expiresAt(),
                application.walletId(), application.walletTransactionId(),
                application.subscriptionStatusAtApplication(), application.failureReason(),
                application.retryCount(), stored.idempotencyKey(), stored.createdAt(), application.updatedAt()));
    }

    @Override
    public Optional<CreditGrantApplication> lock(Scope scope, CreditGrantId grant, SubscriptionId subscription,
                                                 int periodIndex) {
        return applications.find(scope, new Key(grant, subscription, periodIndex));
    }

    @Override
    public Optional<CreditGrantApplication> findLatest(Scope scope, CreditGrantId grant,
                                                       SubscriptionId subscription) {
        return applications.all(scope).stream()
                .filter(a -> a.creditGrantId().equals(grant) && a.subscriptionId().equals(subscription))
                .max(Comparator.comparingInt(CreditGrantApplication::periodIndex));
    }

    @Override
    public List<CreditGrantApplication> findBySubscription(Scope scope, SubscriptionId subscription) {
        return applications.all(scope).stream().filter(a -> a.subscriptionId().equals(subscription))
                .sorted(Comparator.comparing(CreditGrantApplication::scheduledFor)
                        .thenComparingInt(CreditGrantApplication::periodIndex)
                        .thenComparing(a -> a.id().value()))
                .toList();
    }

    private static Key key(CreditGrantApplication application) {
        return new Key(application.creditGrantId(), application.subscriptionId(), application.periodIndex());
    }
}
