package io.flexprice.ports.application.metering;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.in.costsheet.CostAnalytics;
import io.flexprice.ports.in.costsheet.CostAnalyticsQuery;
import io.flexprice.ports.in.costsheet.CostAnalyticsRequest;
import io.flexprice.ports.in.metering.UsageAnalytics;
import io.flexprice.ports.in.metering.UsageAnalyticsQuery;
import io.flexprice.ports.in.metering.UsageAnalyticsRequest;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;

/**
 * Usage analytics as the customer's side of cost analytics ({@link CostAnalyticsQuery}): the same usage per meter
 * and window, and as the charge the revenue the customer's subscriptions make of it (the USAGE charge lines of each
 * billing period overlapping the range), in the currency of the customer's oldest live, non-draft subscription.
 */
public final class UsageAnalyticsService implements UsageAnalyticsQuery {

    private static final Currency WITHOUT_SUBSCRIPTION = Currency.getInstance("USD");

    private final CostAnalyticsQuery costs;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;

    public UsageAnalyticsService(CostAnalyticsQuery costs, CustomerRepository customers,
                                 SubscriptionRepository subscriptions) {
        this.costs = costs;
        this.customers = customers;
        this.subscriptions = subscriptions;
    }

    @Override
    public UsageAnalytics analyse(Caller caller, UsageAnalyticsRequest r) {
        Customer customer = customers.findByExternalId(caller.scope(), r.externalCustomerId())
                .filter(Customer::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                        "customer with external id " + r.externalCustomerId() + " not found"));
        List<Subscription> subs = subscriptions.search(caller.scope(),
                new SubscriptionFilter(null, List.of(customer.id().value()), null, null, null),
                new PageRequest(PageRequest.MAX_LIMIT, 0, PageRequest.SortOrder.ASC)).items();
        // the oldest subscription still running, else the oldest ended one: a customer that moved from euros to
        // dollars is analysed in dollars
        Currency currency = subs.stream().filter(s -> s.subscriptionStatus() != SubscriptionStatus.DRAFT)
                .min(Comparator.comparing(s -> s.subscriptionStatus() == SubscriptionStatus.CANCELLED))
                .map(Subscription::currency).orElse(WITHOUT_SUBSCRIPTION);
        CostAnalytics analytics = costs.analyse(caller, new CostAnalyticsRequest(r.start(), r.end(),
                r.externalCustomerId(), r.featureIds(), r.windowSize(), r.zone(), currency, null));
        List<UsageAnalytics.Item> items = analytics.items().stream()
                .map(i -> new UsageAnalytics.Item(i.meter(), i.feature(), i.quantity(), i.revenue(),
                        i.points().stream().map(p -> new UsageAnalytics.Point(p.start(), p.quantity(), p.revenue()))
                                .toList()))
                .toList();
        return new UsageAnalytics(analytics.start(), analytics.end(), currency, items,
                analytics.totals().revenue());
    }
}
