package io.flexprice.ports.application.costsheet;

import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.Profitability;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceCalculator;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionCharges;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.subscription.UsageWindow;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.costsheet.CostAnalytics;
import io.flexprice.ports.in.costsheet.CostAnalyticsQuery;
import io.flexprice.ports.in.costsheet.CostAnalyticsRequest;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.customer.CustomerFilter;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.pricing.PriceFilter;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Currency;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Cost analytics as {@link CostAnalyticsQuery} defines them. Per customer, per meter: the quantity is the
 * customer's usage of the meter over the range; the cost sums, over the costsheet's usage prices of the meter,
 * the price applied to the usage in the part of the range the price is in effect; the revenue sums the USAGE
 * charge lines {@link SubscriptionCharges#arrear} gives for each billing period of each subscription that
 * overlaps the range, with the usage of each line's window taken within the range. With windows, each point is
 * the same computation over its window (so with tiered prices the points need not add up to the totals).
 */
public final class CostAnalyticsService implements CostAnalyticsQuery {

    static final Duration DEFAULT_RANGE = Duration.ofDays(7);
    private static final int MAX_PERIODS = 1000;
    private static final PageRequest ALL = new PageRequest(PageRequest.MAX_LIMIT, 0, PageRequest.SortOrder.ASC);

    private final CostsheetRepository costsheets;
    private final PriceRepository prices;
    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final FeatureRepository features;
    private final MeterRepository meters;
    private final UsageReader usage;
    private final Clock clock;

    public CostAnalyticsService(CostsheetRepository costsheets, PriceRepository prices, CustomerRepository customers,
                                SubscriptionRepository subscriptions, FeatureRepository features,
                                MeterRepository meters, UsageReader usage, Clock clock) {
        this.costsheets = costsheets;
        this.prices = prices;
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.features = features;
        this.meters = meters;
        this.usage = usage;
        this.clock = clock;
    }

    @Override
    public CostAnalytics analyse(Caller caller, CostAnalyticsRequest r) {
        Scope scope = caller.scope();
        Instant end = r.end() != null ? r.end() : clock.instant();
        Instant start = r.start() != null ? r.start() : end.minus(DEFAULT_RANGE);
        if (!start.isBefore(end)) {
            throw ValidationException.of("end_time", "must be after start_time");
        }
        Period range = new Period(start, end);
        List<Period> windows = windows(r, range);

        Optional<Costsheet> sheet = costsheets.findActive(scope);
        List<ListedPrice> costPrices = sheet.map(c -> prices.search(scope,
                        PriceFilter.ofEntity(PriceEntityType.COSTSHEET, c.id().value()), ALL).items()).orElse(List.of())
                .stream().filter(p -> p.status() == Status.PUBLISHED && p.terms().type() == PriceType.USAGE
                        && p.meterId() != null).toList();
        Currency currency = r.currency() != null ? r.currency()
                : costPrices.stream().map(p -> p.terms().currency()).findFirst().orElse(Currency.getInstance("USD"));
        Set<MeterId> meterFilter = meterFilter(scope, r.featureIds());
        List<ListedPrice> costs = costPrices.stream().filter(p -> p.terms().currency().equals(currency))
                .filter(p -> meterFilter == null || meterFilter.contains(p.meterId())).toList();

        Context context = new Context(scope, currency, costs, meterFilter, r.zone());
        List<CostAnalytics.Item> items = new ArrayList<>();
        for (Customer customer : customersOf(scope, r)) {
            List<Subscription> subs = subscriptions.search(scope, new SubscriptionFilter(null,
                            List.of(customer.id().value()), null, null, null), ALL).items().stream()
                    .filter(s -> s.subscriptionStatus() != SubscriptionStatus.DRAFT && s.currency().equals(currency))
                    .toList();
            Map<MeterId, Measure> total = context.measure(customer, subs, range);
            List<Map<MeterId, Measure>> perWindow = new ArrayList<>();
            for (Period window : windows) {
                perWindow.add(context.measure(customer, subs, window));
            }
            for (Map.Entry<MeterId, Measure> entry : total.entrySet()) {
                Measure m = entry.getValue();
                if (m.quantity.signum() == 0 && m.cost.isZero() && m.revenue.isZero()) {
                    continue;
                }
                List<CostAnalytics.Point> points = new ArrayList<>();
                for (int i = 0; i < windows.size(); i++) {
                    Measure w = perWindow.get(i).getOrDefault(entry.getKey(), context.empty());
                    points.add(new CostAnalytics.Point(windows.get(i).start(), w.quantity, w.cost, w.revenue));
                }
                items.add(new CostAnalytics.Item(customer, context.meter(entry.getKey()), null,
                        context.latestCostPrice(entry.getKey()), m.quantity, m.cost, m.revenue, points));
            }
        }
        items = withFeatures(scope, items);
        Money revenue = Money.zero(currency);
        Money cost = Money.zero(currency);
        for (CostAnalytics.Item item : items) {
            revenue = revenue.plus(item.revenue());
            cost = cost.plus(item.cost());
        }
        return new CostAnalytics(start, end, currency, sheet.map(Costsheet::id).orElse(null), items,
                new Profitability(revenue, cost));
    }

    private static List<Period> windows(CostAnalyticsRequest r, Period range) {
        if (r.windowSize() == null) {
            return List.of();
        }
        List<Instant> starts = r.windowSize().windowStarts(range.start(), range.end(), r.zone(), null,
                CostAnalyticsRequest.MAX_WINDOWS);
        List<Period> windows = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            Instant from = starts.get(i).isBefore(range.start()) ? range.start() : starts.get(i);
            Instant to = i + 1 < starts.size() ? starts.get(i + 1) : range.end();
            windows.add(new Period(from, to));
        }
        return windows;
    }

    /** The meters of the features asked for; null when every meter counts. */
    private Set<MeterId> meterFilter(Scope scope, List<String> featureIds) {
        if (featureIds.isEmpty()) {
            return null;
        }
        Set<MeterId> meterIds = new LinkedHashSet<>();
        features.search(scope, new FeatureFilter(featureIds, null, null, null, null), PageRequest.first(
                        PageRequest.MAX_LIMIT)).items().stream()
                .filter(f -> f.meterId() != null).forEach(f -> meterIds.add(f.meterId()));
        return meterIds;
    }

    private List<Customer> customersOf(Scope scope, CostAnalyticsRequest r) {
        if (r.externalCustomerId() != null) {
            return List.of(customers.findByExternalId(scope, r.externalCustomerId())
                    .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                            "customer with external id " + r.externalCustomerId() + " not found")));
        }
        return customers.search(scope, CustomerFilter.ALL_LIVE, r.customers()).items();
    }

    private List<CostAnalytics.Item> withFeatures(Scope scope, List<CostAnalytics.Item> items) {
        List<String> meterIds = items.stream().map(i -> i.meter().id().value()).distinct().toList();
        if (meterIds.isEmpty()) {
            return items;
        }
        Map<MeterId, Feature> byMeter = new HashMap<>();
        features.search(scope, new FeatureFilter(null, null, meterIds, null, null),
                PageRequest.first(PageRequest.MAX_LIMIT)).items().forEach(f -> byMeter.putIfAbsent(f.meterId(), f));
        return items.stream().map(i -> new CostAnalytics.Item(i.customer(), i.meter(), byMeter.get(i.meter().id()),
                i.costPrice(), i.quantity(), i.cost(), i.revenue(), i.points())).toList();
    }

    /** Quantity, cost and revenue of one meter over one stretch. */
    private static final class Measure {
        private BigDecimal quantity = BigDecimal.ZERO;
        private Money cost;
        private Money revenue;

        Measure(Currency currency) {
            cost = Money.zero(currency);
            revenue = Money.zero(currency);
        }
    }

    /** The fixed inputs of one analysis, and the meters read so far. */
    private final class Context {
        private final Scope scope;
        private final Currency currency;
        private final List<ListedPrice> costs;
        private final Set<MeterId> meterFilter;
        private final ZoneId zone;
        private final Map<MeterId, Meter> meterCache = new HashMap<>();

        Context(Scope scope, Currency currency, List<ListedPrice> costs, Set<MeterId> meterFilter, ZoneId zone) {
            this.scope = scope;
            this.currency = currency;
            this.costs = costs;
            this.meterFilter = meterFilter;
            this.zone = zone;
        }

        Measure empty() {
            return new Measure(currency);
        }

        Meter meter(MeterId id) {
            return meterCache.computeIfAbsent(id, m -> meters.findById(scope, m)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.METER_NOT_FOUND, "meter " + m + " not found")));
        }

        ListedPrice latestCostPrice(MeterId meter) {
            return costs.stream().filter(p -> p.meterId().equals(meter))
                    .max(Comparator.comparing(ListedPrice::startDate)).orElse(null);
        }

        BigDecimal read(Customer customer, MeterId meterId, Period period) {
            Meter meter = meter(meterId);
            return usage.read(scope, new UsageQuery(meter.eventName(), meter.aggregation(), meter.filters(),
                    customer.externalId(), period.start(), period.end(), null, zone, null)).value();
        }

        Map<MeterId, Measure> measure(Customer customer, List<Subscription> subs, Period range) {
            Map<MeterId, Measure> measures = new LinkedHashMap<>();
            for (ListedPrice price : costs) {
                Measure m = measures.computeIfAbsent(price.meterId(), id -> new Measure(currency));
                Optional<Period> inEffect = intersect(range, price.startDate(), price.endDate());
                if (inEffect.isPresent()) {
                    m.cost = m.cost.plus(PriceCalculator.amount(price.terms(),
                            read(customer, price.meterId(), inEffect.get())));
                }
            }
            for (Subscription s : subs) {
                for (ChargeLine line : revenue(customer, s, range)) {
                    if (line.meterId() != null && (meterFilter == null || meterFilter.contains(line.meterId()))) {
                        Measure m = measures.computeIfAbsent(line.meterId(), id -> new Measure(currency));
                        m.revenue = m.revenue.plus(line.amount());
                    }
                }
            }
            for (Map.Entry<MeterId, Measure> entry : measures.entrySet()) {
                entry.getValue().quantity = read(customer, entry.getKey(), range);
            }
            return measures;
        }

        /** The USAGE charge lines of {@code s} for the usage within {@code range}, period by period. */
        List<ChargeLine> revenue(Customer customer, Subscription s, Period range) {
            Instant from = s.startDate().isAfter(range.start()) ? s.startDate() : range.start();
            Instant until = s.endsAt().filter(e -> e.isBefore(range.end())).orElse(range.end());
            List<ChargeLine> lines = new ArrayList<>();
            if (!from.isBefore(until)) {
                return lines;
            }
            BillingSchedule schedule = s.billing().schedule();
            Period period = schedule.periodContaining(from);
            for (int i = 0; i < MAX_PERIODS && period.start().isBefore(until); i++) {
                Map<SubscriptionLineItemId, BigDecimal> quantities = new HashMap<>();
                for (UsageWindow window : SubscriptionCharges.usageWindows(s, period)) {
                    Optional<Period> within = intersect(range, window.period().start(), window.period().end());
                    quantities.put(window.lineItemId(), within.isEmpty() ? BigDecimal.ZERO
                            : read(customer, window.meterId(), within.get()));
                }
                SubscriptionCharges.arrear(s, period, quantities).stream()
                        .filter(line -> line.kind() == ChargeKind.USAGE).forEach(lines::add);
                period = schedule.nextPeriod(period);
            }
            return lines;
        }
    }

    /** {@code range} ∩ {@code [start, end)} ({@code end} null: open), if not empty. */
    static Optional<Period> intersect(Period range, Instant start, Instant end) {
        Instant from = start != null && start.isAfter(range.start()) ? start : range.start();
        Instant to = end != null && end.isBefore(range.end()) ? end : range.end();
        return from.isBefore(to) ? Optional.of(new Period(from, to)) : Optional.empty();
    }
}
