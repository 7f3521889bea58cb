package io.flexprice.ports.testing;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Instant;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Subscriptions in a map, stored whole. */
public final class FakeSubscriptionRepository implements SubscriptionRepository {

    private final Map<List<Object>, Subscription> subscriptions = new LinkedHashMap<>();
    private int writes;

    @Override
    public void insert(Subscription subscription) {
        if (subscriptions.containsKey(key(subscription.scope(), subscription.id()))) {
            throw new IllegalStateException("subscription " + subscription.id() + " is already stored");
        }
        writes++;
        subscriptions.put(key(subscription.scope(), subscription.id()), subscription);
    }

    /** Stores a monthly subscription {@code id} of customer cust_1 to plan_1 (one 10.00 fee), from 2024-01-01. */
    public Subscription add(Scope scope, String id) {
        Instant start = Instant.parse("2024-01-01T00:00:00Z");
        ListedPrice fee = new ListedPrice(PriceId.of("price_1"), scope, PriceEntityType.PLAN, "plan_1", null, null,
                "Fee", null, Metadata.EMPTY, PriceCommands.flatFee("10.00"), Status.PUBLISHED,
                Audit.createdBy("a", start));
        Subscription subscription = Subscription.create(new NewSubscription(SubscriptionId.of(id), scope,
                        CustomerId.of("cust_1"), PlanId.of("plan_1"), PriceCommands.USD, BillingCycle.ANNIVERSARY,
                        null, BillingPeriod.MONTHLY, 1, ZoneId.of("UTC"), start, null, null, null, null, null, false,
                        null, null, null, null),
                List.of(fee), () -> SubscriptionLineItemId.of("line_" + id), Audit.createdBy("a", start));
        insert(subscription);
        return subscription;
    }

    @Override
    public void update(Subscription subscription) {
        if (!subscriptions.containsKey(key(subscription.scope(), subscription.id()))) {
            throw new IllegalStateException("subscription " + subscription.id() + " is not stored");
        }
        writes++;
        subscriptions.put(key(subscription.scope(), subscription.id()), subscription);
    }

    @Override
    public Optional<Subscription> findById(Scope scope, SubscriptionId id) {
        return Optional.ofNullable(subscriptions.get(key(scope, id)));
    }

    @Override
    public Optional<Subscription> lockById(Scope scope, SubscriptionId id) {
        return findById(scope, id);
    }

    @Override
    public Optional<Subscription> findByLineItemId(Scope scope, SubscriptionLineItemId lineItemId) {
        return subscriptions.values().stream().filter(s -> s.scope().equals(scope))
                .filter(s -> s.lineItems().stream().anyMatch(l -> l.id().equals(lineItemId))).findFirst();
    }

    @Override
    public Page<Subscription> search(Scope scope, SubscriptionFilter filter, PageRequest page) {
        return Pages.of(subscriptions.values().stream()
                .filter(s -> s.scope().equals(scope))
                .filter(s -> Pages.matchesAny(filter.subscriptionIds(), s.id().value()))
                .filter(s -> Pages.matchesAny(filter.customerIds(), s.customerId().value()))
                .filter(s -> Pages.matchesAny(filter.planIds(), s.planId().value()))
                .filter(s -> filter.subscriptionStatuses().isEmpty()
                        || filter.subscriptionStatuses().contains(s.subscriptionStatus()))
                .filter(s -> filter.billingPeriods().isEmpty() || filter.billingPeriods().contains(s.billing().period()))
                .filter(s -> !filter.excludesRecurring())
                .filter(s -> filter.activeAt() == null || !s.startDate().isAfter(filter.activeAt())
                        && (s.endDate() == null || s.endDate().isAfter(filter.activeAt()))
                        && (s.cancelAt() == null || s.cancelAt().isAfter(filter.activeAt())))
                .filter(s -> Pages.matchesStatus(filter.status(), s.status()))
                .toList(), page);
    }

    public Subscription stored(SubscriptionId id) {
        return subscriptions.values().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow();
    }

    public List<Subscription> all() {
        return List.copyOf(subscriptions.values());
    }

    /** How many inserts and updates were made. */
    public int writes() {
        return writes;
    }

    private static List<Object> key(Scope scope, SubscriptionId id) {
        return List.of(scope, Objects.requireNonNull(id));
    }
}
