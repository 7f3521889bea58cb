package io.flexprice.ports.application.costsheet;

import static io.flexprice.ports.testing.Callers.aCaller;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.ports.in.costsheet.CostAnalytics;
import io.flexprice.ports.in.costsheet.CostAnalyticsRequest;
import io.flexprice.ports.testing.Customers;
import io.flexprice.ports.testing.EventsUsageReader;
import io.flexprice.ports.testing.FakeCostsheetRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeFeatureRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePriceRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.Features;
import io.flexprice.ports.testing.Fixtures;
import io.flexprice.ports.testing.Meters;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class CostAnalyticsServiceTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final Instant JAN = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-01T00:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-01T00:00:00Z");

    private final FakeCostsheetRepository costsheets = new FakeCostsheetRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final FakeFeatureRepository features = new FakeFeatureRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final EventsUsageReader usage = new EventsUsageReader();
    private final CostAnalyticsService service = new CostAnalyticsService(costsheets, prices, customers,
            subscriptions, features, meters, usage, new TestClock(Instant.parse("2026-03-10T00:00:00Z")));

    private final Meter calls = Meters.aMeter().id("meter_calls").eventName("api_call")
            .aggregation(Aggregation.of(AggregationType.SUM, "units")).build();
    private final Customer acme = Customers.aCustomer().id("cust_acme").externalId("acme").build();

    private static Price perUnit(String amount) {
        return new Price(PriceType.USAGE, BillingModel.FLAT_FEE, USD, new BigDecimal(amount), null, List.of(), null,
                BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);
    }

    private ListedPrice listed(String id, PriceEntityType type, String entityId, Price terms, Instant start,
                               Instant end) {
        return new ListedPrice(PriceId.of(id), Fixtures.SCOPE, type, entityId, null, calls.id(), id, null,
                Metadata.EMPTY, terms, start, end, null, Status.PUBLISHED, Audit.createdBy("test", JAN));
    }

    @Test
    void revenueCostAndMarginPerMonthWithACostPriceThatChangesOnFebruaryFirst() {
        meters.insert(calls);
        features.insert(Features.aFeature().id("feat_calls").name("API calls").meteredBy(calls.id()).build());
        customers.insert(acme);
        ListedPrice charged = listed("price_charged", PriceEntityType.PLAN, "plan_pro", perUnit("0.10"), JAN, null);
        NewSubscription spec = new NewSubscription(SubscriptionId.of("subs_1"), Fixtures.SCOPE, acme.id(),
                PlanId.of("plan_pro"), USD, BillingCycle.ANNIVERSARY, null, BillingPeriod.MONTHLY, 1,
                ZoneId.of("UTC"), JAN, null, null, null, null, null, false, null, null, List.of(), List.of());
        subscriptions.insert(Subscription.create(spec, List.of(charged), () -> SubscriptionLineItemId.of("line_1"),
                Audit.createdBy("test", JAN)));
        Costsheet sheet = new Costsheet(CostsheetId.of("costsheet_1"), Fixtures.SCOPE, "Infra", null, null, null,
                Status.PUBLISHED, Audit.createdBy("test", JAN));
        costsheets.insert(sheet);
        prices.insert(listed("price_cost_1", PriceEntityType.COSTSHEET, "costsheet_1", perUnit("0.04"), JAN, FEB));
        prices.insert(listed("price_cost_2", PriceEntityType.COSTSHEET, "costsheet_1", perUnit("0.05"), FEB, null));
        usage.event("acme", "api_call", "100", "2026-01-10T00:00:00Z")
                .event("acme", "api_call", "50", "2026-01-20T00:00:00Z")
                .event("acme", "api_call", "200", "2026-02-05T00:00:00Z")
                .event("acme", "api_call", "999", "2026-03-02T00:00:00Z"); // after the range

        CostAnalytics result = service.analyse(aCaller().build(), new CostAnalyticsRequest(JAN, MAR, null, List.of(),
                WindowSize.MONTH, ZoneId.of("UTC"), null, PageRequest.first(10)));

        // revenue: Jan 150 × 0.10 = 15.00, Feb 200 × 0.10 = 20.00, total 35.00
        // cost:    Jan 150 × 0.04 =  6.00, Feb 200 × 0.05 = 10.00, total 16.00
        // margin 35 - 16 = 19.00; 19 / 35 × 100 = 54.285714...; roi 19 / 16 = 1.1875
        assertThat(result.currency()).isEqualTo(USD);
        assertThat(result.costsheetId()).isEqualTo(sheet.id());
        assertThat(result.totals().revenue()).isEqualTo(Money.parse("35.00", "usd"));
        assertThat(result.totals().cost()).isEqualTo(Money.parse("16.00", "usd"));
        assertThat(result.totals().margin()).isEqualTo(Money.parse("19.00", "usd"));
        assertThat(result.totals().marginPercent()).isEqualByComparingTo("54.285714");
        assertThat(result.totals().roi()).isEqualByComparingTo("1.1875");
        assertThat(result.items()).hasSize(1);
        CostAnalytics.Item item = result.items().get(0);
        assertThat(item.quantity()).isEqualByComparingTo("350");
        assertThat(item.feature().id().value()).isEqualTo("feat_calls");
        assertThat(item.costPrice().id().value()).isEqualTo("price_cost_2");
        assertThat(item.points()).hasSize(2);
        assertThat(item.points().get(0).start()).isEqualTo(JAN);
        assertThat(item.points().get(0).quantity()).isEqualByComparingTo("150");
        assertThat(item.points().get(0).cost()).isEqualTo(Money.parse("6.00", "usd"));
        assertThat(item.points().get(0).revenue()).isEqualTo(Money.parse("15.00", "usd"));
        assertThat(item.points().get(1).cost()).isEqualTo(Money.parse("10.00", "usd"));
        assertThat(item.points().get(1).revenue()).isEqualTo(Money.parse("20.00", "usd"));
    }

    @Test
    void withoutACostsheetEveryCostIsZeroAndRevenueStillCounts() {
        meters.insert(calls);
        customers.insert(acme);

        CostAnalytics result = service.analyse(aCaller().build(), new CostAnalyticsRequest(null, null, "acme",
                List.of(), null, null, null, null));

        assertThat(result.costsheetId()).isNull();
        assertThat(result.items()).isEmpty();
        assertThat(result.totals().margin().isZero()).isTrue();
        // the default range: the 7 days before now
        assertThat(result.start()).isEqualTo(Instant.parse("2026-03-03T00:00:00Z"));
    }
}
