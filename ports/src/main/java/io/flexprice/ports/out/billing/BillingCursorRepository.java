package io.flexprice.ports.out.billing;

import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** The billing loop's cursors, one per subscription (its scope and id). */
public interface BillingCursorRepository {

    /** Stores the cursor, replacing the subscription's cursor if it has one. */
    void save(BillingCursor cursor);

    /** The subscription's cursor, ended or not. */
    Optional<BillingCursor> findBySubscription(Scope scope, SubscriptionId subscriptionId);

    /**
     * The subscription's cursor, locked until the unit of work ends (it waits while another unit of work holds it).
     * Outside a unit of work, the same as {@link #findBySubscription}.
     */
    Optional<BillingCursor> lockBySubscription(Scope scope, SubscriptionId subscriptionId);

    /**
     * Claims, in every tenant and environment, at most {@code limit} cursors {@linkplain BillingCursor#isDueAt due at
     * {@code now}}, the earliest {@code nextAttemptAt} first (then tenant, environment, subscription id). Inside a unit
     * of work each claimed cursor stays locked until the unit of work ends, and a concurrent claimer skips it instead
     * of waiting: two claimers never hold the same cursor. The caller saves the cursor moved on before the unit of
     * work ends, so a later claim does not find it due again.
     */
    List<BillingCursor> claimDueAcrossTenants(Instant now, int limit);
}
