package io.flexprice.adapters.storage.postgres.billing;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Billing cursors in {@code billing_cursors} (V13). {@link #claimDueAcrossTenants} is {@code SELECT ... FOR UPDATE
 * SKIP LOCKED} over {@code billing_cursors_due_idx}: inside a unit of work the claimed rows stay locked until it
 * ends, and a concurrent claim passes over them instead of waiting. {@link #save} is an upsert on the primary key.
 */
public final class PostgresBillingCursorRepository implements BillingCursorRepository {

    private final BillingCursorMapper mapper;

    @Inject
    public PostgresBillingCursorRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(BillingCursorMapper.class);
    }

    @Override
    public void save(BillingCursor cursor) {
        mapper.upsert(BillingCursorRow.from(cursor));
    }

    @Override
    public Optional<BillingCursor> findBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return Optional.ofNullable(mapper.findBySubscription(scope, subscriptionId)).map(BillingCursorRow::toDomain);
    }

    @Override
    public Optional<BillingCursor> lockBySubscription(Scope scope, SubscriptionId subscriptionId) {
        return Optional.ofNullable(mapper.lockBySubscription(scope, subscriptionId)).map(BillingCursorRow::toDomain);
    }

    @Override
    public List<BillingCursor> claimDueAcrossTenants(Instant now, int limit) {
        if (limit < 1) {
            return List.of();
        }
        return mapper.claimDue(now, limit).stream().map(BillingCursorRow::toDomain).toList();
    }
}
