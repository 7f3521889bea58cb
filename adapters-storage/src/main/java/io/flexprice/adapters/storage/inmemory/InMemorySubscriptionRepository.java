package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/** Subscriptions in memory, per scope, each stored whole (line items and pauses included). */
public final class InMemorySubscriptionRepository implements SubscriptionRepository {

    private final Partitions<Scope, SubscriptionId, Subscription> subscriptions = new Partitions<>();

    @Inject
    public InMemorySubscriptionRepository() {
    }

    @Override
    public void insert(Subscription subscription) {
        subscriptions.insert(subscription.scope(), subscription.id(), subscription);
    }

    @Override
    public void update(Subscription subscription) {
        subscriptions.replace(subscription.scope(), subscription.id(), subscription);
    }

    @Override
    public Optional<Subscription> findById(Scope scope, SubscriptionId id) {
        return subscriptions.find(scope, id);
    }

    /** No lock of its own: in memory, units of work already run one at a time ({@link InMemoryTransactions}). */
    @Override
    public Optional<Subscription> lockById(Scope scope, SubscriptionId id) {
        return findById(scope, id);
    }

    @Override
    public Optional<Subscription> findByLineItemId(Scope scope, SubscriptionLineItemId lineItemId) {
        return subscriptions.all(scope).stream()
                .filter(s -> s.lineItems().stream().anyMatch(line -> line.id().equals(lineItemId)))
                .findFirst();
    }

    @Override
    public Page<Subscription> search(Scope scope, SubscriptionFilter filter, PageRequest page) {
        return Listings.page(subscriptions.all(scope).stream().filter(s -> matches(filter, s)),
                SubscriptionFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), s -> s.audit().createdAt(), s -> s.id().value()), page);
    }

    private static boolean matches(SubscriptionFilter filter, Subscription s) {
        return Listings.matchesAny(filter.subscriptionIds(), s.id().value())
                && Listings.matchesAny(filter.customerIds(), s.customerId().value())
                && Listings.matchesAny(filter.planIds(), s.planId().value())
                && Listings.matchesAny(filter.subscriptionStatuses(), s.subscriptionStatus())
                && Listings.matchesAny(filter.billingPeriods(), s.billing().period())
                && !filter.excludesRecurring()
                && (filter.activeAt() == null || activeAt(s, filter.activeAt()))
                && Listings.matchesStatus(filter.status(), s.status());
    }

    private static boolean activeAt(Subscription s, Instant at) {
        return !s.startDate().isAfter(at) && (s.endDate() == null || s.endDate().isAfter(at))
                && (s.cancelAt() == null || s.cancelAt().isAfter(at));
    }
}
