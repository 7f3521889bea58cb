package io.flexprice.ports.out.subscription;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

/** Subscriptions with their line items and pauses, stored and read back whole. */
public interface SubscriptionRepository {

    /** Stores a new subscription. */
    void insert(Subscription subscription);

    /**
     * Replaces a stored subscription, its line items and pauses included.
     *
     * @throws IllegalStateException if it is not stored in its scope
     */
    void update(Subscription subscription);

    /** The subscription whatever its status. */
    Optional<Subscription> findById(Scope scope, SubscriptionId id);

    /**
     * The subscription whatever its status, locked until the calling unit of work ends ({@code SELECT ... FOR
     * UPDATE}): every change to a subscription reads it this way first, so concurrent changes (a cancellation, a
     * pause, a plan change, a plan price sync) queue and each sees the one before instead of overwriting it.
     */
    Optional<Subscription> lockById(Scope scope, SubscriptionId id);

    /** The subscription that has this line item, whatever their status. */
    Optional<Subscription> findByLineItemId(Scope scope, SubscriptionLineItemId lineItemId);

    /** Matching subscriptions by creation time (then id) in the order the page asks. */
    Page<Subscription> search(Scope scope, SubscriptionFilter filter, PageRequest page);
}
