package io.flexprice.ports.out.subscription;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.subscription.Subscription;
import java.util.Locale;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.SubscriptionStatus;
import java.time.Instant;
import java.util.List;

/**
 * Narrows a subscription search; empty lists and nulls do not narrow. {@code status} null means every status
 * but deleted. Every subscription is billed {@link BillingCadence#RECURRING}: {@code billingCadences} without it
 * matches nothing. {@code activeAt} keeps the subscriptions started at or before it and neither ended nor cancelled
 * by then ({@code end_date} and {@code cancel_at} null or after it).
 */
public record SubscriptionFilter(List<String> subscriptionIds, List<String> customerIds, List<String> planIds,
                                 List<SubscriptionStatus> subscriptionStatuses, Status status,
                                 SearchConditions conditions, List<BillingPeriod> billingPeriods,
                                 List<BillingCadence> billingCadences, Instant activeAt) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Subscription> FIELDS = SearchFields.<Subscription>builder()
            .string("id", s -> s.id().value())
            .string("customer_id", s -> s.customerId().value())
            .string("plan_id", s -> s.planId().value())
            .string("lookup_key", Subscription::lookupKey)
            .string("subscription_status", s -> s.subscriptionStatus().wireValue())
            .string("currency", s -> s.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .string("billing_period", s -> s.billing().period().name())
            .date("start_date", Subscription::startDate)
            .date("end_date", Subscription::endDate)
            .date("current_period_start", s -> s.currentPeriod().start())
            .date("current_period_end", s -> s.currentPeriod().end())
            .date("cancelled_at", Subscription::cancelledAt)
            .string("status", s -> s.status().wireValue())
            .date("created_at", s -> s.audit().createdAt())
            .date("updated_at", s -> s.audit().updatedAt())
            .build();

    public static final SubscriptionFilter ALL_LIVE = new SubscriptionFilter(null, null, null, null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public SubscriptionFilter(List<String> subscriptionIds, List<String> customerIds, List<String> planIds,
                              List<SubscriptionStatus> subscriptionStatuses, Status status) {
        this(subscriptionIds, customerIds, planIds, subscriptionStatuses, status, SearchConditions.NONE);
    }

    /** A filter without billing period, cadence or activity narrowing. */
    public SubscriptionFilter(List<String> subscriptionIds, List<String> customerIds, List<String> planIds,
                              List<SubscriptionStatus> subscriptionStatuses, Status status,
                              SearchConditions conditions) {
        this(subscriptionIds, customerIds, planIds, subscriptionStatuses, status, conditions, null, null, null);
    }

    public SubscriptionFilter {
        conditions = FIELDS.admit(conditions);
        subscriptionIds = subscriptionIds == null ? List.of() : List.copyOf(subscriptionIds);
        customerIds = customerIds == null ? List.of() : List.copyOf(customerIds);
        planIds = planIds == null ? List.of() : List.copyOf(planIds);
        subscriptionStatuses = subscriptionStatuses == null ? List.of() : List.copyOf(subscriptionStatuses);
        billingPeriods = billingPeriods == null ? List.of() : List.copyOf(billingPeriods);
        billingCadences = billingCadences == null ? List.of() : List.copyOf(billingCadences);
    }

    /** The same filter for these customers. */
    public SubscriptionFilter withCustomerIds(List<String> ids) {
        return new SubscriptionFilter(subscriptionIds, ids, planIds, subscriptionStatuses, status, conditions,
                billingPeriods, billingCadences, activeAt);
    }

    /** True when the cadences asked for exclude {@link BillingCadence#RECURRING}, so nothing can match. */
    public boolean excludesRecurring() {
        return !billingCadences.isEmpty() && !billingCadences.contains(BillingCadence.RECURRING);
    }
}
