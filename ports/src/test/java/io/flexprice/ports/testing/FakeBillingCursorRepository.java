package io.flexprice.ports.testing;

import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Billing cursors in a map; claims lock nothing (the service tests run on one thread). */
public final class FakeBillingCursorRepository implements BillingCursorRepository {

    private final Map<List<Object>, BillingCursor> cursors = new LinkedHashMap<>();

    @Override
    public void save(BillingCursor cursor) {
        cursors.put(key(cursor.scope(), cursor.subscriptionId()), cursor);
    }

    @Override
    public Optional<BillingCursor> findBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return Optional.ofNullable(cursors.get(key(scope, subscriptionId)));
    }

    @Override
    public Optional<BillingCursor> lockBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return findBySubscription(scope, subscriptionId);
    }

    @Override
    public List<BillingCursor> claimDueAcrossTenants(Instant now, int limit) {
        return cursors.values().stream().filter(cursor -> cursor.isDueAt(now))
                .sorted(Comparator.comparing(BillingCursor::nextAttemptAt)
                        .thenComparing(cursor -> cursor.scope().tenantId().value())
                        .thenComparing(cursor -> cursor.scope().environmentId().value())
                        .thenComparing(cursor -> cursor.subscriptionId().value()))
                .limit(limit).toList();
    }

    /** The subscription's cursor; fails the test if it has none. */
    public BillingCursor of(Scope scope, SubscriptionId subscriptionId) {
        return findBySubscription(scope, subscriptionId).orElseThrow(
                () -> new AssertionError("subscription " + subscriptionId + " has no billing cursor"));
    }

    public List<BillingCursor> all() {
        return List.copyOf(cursors.values());
    }

    private static List<Object> key(Scope scope, SubscriptionId subscriptionId) {
        return List.of(scope, Objects.requireNonNull(subscriptionId));
    }
}
