package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * Billing cursors in memory, per scope. Claims take no lock of their own: units of work in memory already run one at
 * a time ({@link InMemoryTransactions}), so a claim inside one cannot meet another claimer.
 */
public final class InMemoryBillingCursorRepository implements BillingCursorRepository {

    private static final Comparator<BillingCursor> CLAIM_ORDER = Comparator.comparing(BillingCursor::nextAttemptAt)
            .thenComparing(cursor -> cursor.scope().tenantId().value())
            .thenComparing(cursor -> cursor.scope().environmentId().value())
            .thenComparing(cursor -> cursor.subscriptionId().value());

    private final Partitions<Scope, SubscriptionId, BillingCursor> cursors = new Partitions<>();

    @Inject
    public InMemoryBillingCursorRepository() {
    }

    @Override
    public void save(BillingCursor cursor) {
        if (!cursors.insertIfAbsent(cursor.scope(), cursor.subscriptionId(), cursor)) {
            cursors.replace(cursor.scope(), cursor.subscriptionId(), cursor);
        }
    }

    @Override
    public Optional<BillingCursor> findBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return cursors.find(scope, subscriptionId);
    }

    @Override
    public Optional<BillingCursor> lockBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return cursors.find(scope, subscriptionId);
    }

    @Override
    public List<BillingCursor> claimDueAcrossTenants(Instant now, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return cursors.everyOwner().filter(cursor -> cursor.isDueAt(now)).sorted(CLAIM_ORDER).limit(limit).toList();
    }
}
