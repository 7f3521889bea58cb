package io.flexprice.ports.application.creditgrant;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationId;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.creditgrant.FindCreditGrantsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

public final class FindCreditGrantsService implements FindCreditGrantsQuery {

    private final CreditGrantRepository grants;
    private final CreditGrantApplicationRepository applications;
    private final PlanRepository plans;
    private final SubscriptionRepository subscriptions;
    private final CustomerRepository customers;
    private final Clock clock;

    public FindCreditGrantsService(CreditGrantRepository grants, CreditGrantApplicationRepository applications,
                                   PlanRepository plans, SubscriptionRepository subscriptions,
                                   CustomerRepository customers, Clock clock) {
        this.grants = grants;
        this.applications = applications;
        this.plans = plans;
        this.subscriptions = subscriptions;
        this.customers = customers;
        this.clock = clock;
    }

    @Override
    public CreditGrant get(Caller caller, CreditGrantId id) {
        return grants.findById(caller.scope(), id).orElseThrow(() -> ManageCreditGrantsService.notFound(id));
    }

    @Override
    public List<CreditGrant> ofPlan(Caller caller, PlanId planId) {
        plans.findById(caller.scope(), planId).filter(Plan::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.PLAN_NOT_FOUND, "plan " + planId + " not found"));
        return grants.findByPlan(caller.scope(), planId);
    }

    @Override
    public List<CreditGrantApplication> upcoming(Caller caller, SubscriptionId subscriptionId) {
        List<CreditGrantApplication> upcoming = upcoming(caller, subscription(caller, subscriptionId),
                clock.instant());
        upcoming.sort(Comparator.comparing(CreditGrantApplication::scheduledFor));
        return upcoming;
    }

    @Override
    public List<CreditGrantApplication> upcomingOfCustomer(Caller caller, CustomerId customerId) {
        customers.findById(caller.scope(), customerId).filter(Customer::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                        "customer " + customerId + " not found"));
        Instant now = clock.instant();
        SubscriptionFilter ofCustomer = new SubscriptionFilter(null, List.of(customerId.value()), null, null, null);
        List<CreditGrantApplication> upcoming = new ArrayList<>();
        int offset = 0;
        Page<Subscription> page;
        do {
            page = subscriptions.search(caller.scope(), ofCustomer,
                    new PageRequest(PageRequest.MAX_LIMIT, offset, PageRequest.SortOrder.ASC));
            for (Subscription subscription : page.items()) {
                upcoming.addAll(upcoming(caller, subscription, now));
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        upcoming.sort(Comparator.comparing(CreditGrantApplication::scheduledFor)
                .thenComparing(a -> a.subscriptionId().value()));
        return upcoming;
    }

    private List<CreditGrantApplication> upcoming(Caller caller, Subscription subscription, Instant now) {
        SubscriptionId subscriptionId = subscription.id();
        List<CreditGrant> covering = new ArrayList<>(grants.findByPlan(caller.scope(), subscription.planId()));
        covering.addAll(grants.findBySubscription(caller.scope(), subscriptionId));
        List<CreditGrantApplication> upcoming = new ArrayList<>();
        for (CreditGrant grant : covering) {
            // a plan's grant is upcoming once per subscription of the plan: the id names both
            CreditGrantApplicationId id = CreditGrantApplicationId.of(
                    "upcoming_" + grant.id().value() + "_" + subscriptionId.value());
            GrantSchedule.next(grant, subscription,
                    applications.findLatest(caller.scope(), grant.id(), subscriptionId), id, now)
                    .ifPresent(upcoming::add);
        }
        return upcoming;
    }

    @Override
    public List<CreditGrantApplication> applications(Caller caller, SubscriptionId subscriptionId) {
        subscription(caller, subscriptionId);
        return applications.findBySubscription(caller.scope(), subscriptionId);
    }

    private Subscription subscription(Caller caller, SubscriptionId id) {
        return subscriptions.findById(caller.scope(), id).filter(Subscription::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_NOT_FOUND,
                        "subscription " + id + " not found"));
    }
}
