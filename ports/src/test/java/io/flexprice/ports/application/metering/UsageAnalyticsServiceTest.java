package io.flexprice.ports.application.metering;

import static io.flexprice.ports.testing.Callers.aCaller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
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
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.ports.application.costsheet.CostAnalyticsService;
import io.flexprice.ports.in.metering.UsageAnalytics;
import io.flexprice.ports.in.metering.UsageAnalyticsRequest;
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

class UsageAnalyticsServiceTest {

    private static final Currency EUR = Currency.getInstance("EUR");
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
    private final UsageAnalyticsService service = new UsageAnalyticsService(new CostAnalyticsService(costsheets,
            prices, customers, subscriptions, features, meters, usage,
            new TestClock(Instant.parse("2026-03-10T00:00:00Z"))), customers, subscriptions);

    private final Meter calls = Meters.aMeter().id("meter_calls").eventName("api_call")
            .aggregation(Aggregation.of(AggregationType.SUM, "units")).build();
    private final Customer acme = Customers.aCustomer().id("cust_acme").externalId("acme").build();

    private void subscribedInEuros() {
        meters.insert(calls);
        features.insert(Features.aFeature().id("feat_calls").name("API calls").meteredBy(calls.id()).build());
        customers.insert(acme);
        Price perCall = new Price(PriceType.USAGE, BillingModel.FLAT_FEE, EUR, new BigDecimal("0.10"), null,
                List.of(), null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR, null);
        ListedPrice charged = new ListedPrice(PriceId.of("price_calls"), Fixtures.SCOPE, PriceEntityType.PLAN,
                "plan_pro", null, calls.id(), "Calls", null, Metadata.EMPTY, perCall, JAN, null, null,
                Status.PUBLISHED, Audit.createdBy("test", JAN));
        NewSubscription spec = new NewSubscription(SubscriptionId.of("subs_1"), Fixtures.SCOPE, acme.id(),
                PlanId.of("plan_pro"), EUR, BillingCycle.ANNIVERSARY, null, BillingPeriod.MONTHLY, 1,
                ZoneId.of("UTC"), JAN, null, null, null, null, null, false, null, null, List.of(), List.of());
        subscriptions.insert(Subscription.create(spec, List.of(charged), () -> SubscriptionLineItemId.of("line_1"),
                Audit.createdBy("test", JAN)));
    }

    @Test
    void aCustomersUsageIsChargedInTheCurrencyOfItsSubscriptionPerFeatureAndMonth() {
        subscribedInEuros();
        usage.event("acme", "api_call", "100", "2026-01-10T00:00:00Z")
                .event("acme", "api_call", "50", "2026-01-20T00:00:00Z")
                .event("acme", "api_call", "200", "2026-02-05T00:00:00Z")
                .event("acme", "api_call", "999", "2026-03-02T00:00:00Z"); // after the range

        UsageAnalytics result = service.analyse(aCaller().build(), new UsageAnalyticsRequest("acme", JAN, MAR,
                List.of(), WindowSize.MONTH, null));

        // Jan 100 + 50 = 150 calls x 0.10 = 15.00 EUR; Feb 200 x 0.10 = 20.00 EUR; total 350 calls, 35.00 EUR
        assertThat(result.currency()).isEqualTo(EUR);
        assertThat(result.totalCharge()).isEqualTo(Money.parse("35.00", "eur"));
        assertThat(result.items()).singleElement().satisfies(item -> {
            assertThat(item.feature().id().value()).isEqualTo("feat_calls");
            assertThat(item.meter().id()).isEqualTo(calls.id());
            assertThat(item.usage()).isEqualByComparingTo("350");
            assertThat(item.charge()).isEqualTo(Money.parse("35.00", "eur"));
            assertThat(item.points()).extracting(UsageAnalytics.Point::start).containsExactly(JAN, FEB);
            assertThat(item.points().get(0).usage()).isEqualByComparingTo("150");
            assertThat(item.points().get(0).charge()).isEqualTo(Money.parse("15.00", "eur"));
            assertThat(item.points().get(1).usage()).isEqualByComparingTo("200");
            assertThat(item.points().get(1).charge()).isEqualTo(Money.parse("20.00", "eur"));
        });
    }

    @Test
    void aCustomerThatMovedToAnotherCurrencyIsAnalysedInTheCurrencyOfItsRunningSubscription() {
        subscribedInEuros();
        Subscription euros = subscriptions.stored(SubscriptionId.of("subs_1"));
        subscriptions.update(euros.cancelled(CancellationType.IMMEDIATE, FEB, euros.audit()));
        NewSubscription dollars = new NewSubscription(SubscriptionId.of("subs_2"), Fixtures.SCOPE, acme.id(),
                PlanId.of("plan_pro"), Currency.getInstance("USD"), BillingCycle.ANNIVERSARY, null,
                BillingPeriod.MONTHLY, 1, ZoneId.of("UTC"), FEB, null, null, null, null, null, false, null, null,
                List.of(), List.of());
        Price perCallInDollars = new Price(PriceType.USAGE, BillingModel.FLAT_FEE, Currency.getInstance("USD"),
                new BigDecimal("0.12"), null, List.of(), null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1,
                InvoiceCadence.ARREAR, null);
        ListedPrice charged = new ListedPrice(PriceId.of("price_calls_usd"), Fixtures.SCOPE, PriceEntityType.PLAN,
                "plan_pro", null, calls.id(), "Calls", null, Metadata.EMPTY, perCallInDollars, JAN, null, null,
                Status.PUBLISHED, Audit.createdBy("test", JAN));
        subscriptions.insert(Subscription.create(dollars, List.of(charged), () -> SubscriptionLineItemId.of("line_2"),
                Audit.createdBy("test", FEB)));

        UsageAnalytics result = service.analyse(aCaller().build(), new UsageAnalyticsRequest("acme", JAN, MAR,
                List.of(), null, null));

        assertThat(result.currency()).isEqualTo(Currency.getInstance("USD"));
    }

    @Test
    void aCustomerWithoutSubscriptionsHasItsUsageWithoutChargeInDollars() {
        meters.insert(calls);
        customers.insert(acme);

        UsageAnalytics result = service.analyse(aCaller().build(), new UsageAnalyticsRequest("acme", JAN, MAR,
                List.of(), null, null));

        assertThat(result.currency()).isEqualTo(Currency.getInstance("USD"));
        assertThat(result.items()).isEmpty();
        assertThat(result.totalCharge().isZero()).isTrue();
    }

    @Test
    void anUnknownCustomerIsNotFound() {
        assertThatThrownBy(() -> service.analyse(aCaller().build(), new UsageAnalyticsRequest("nobody", null, null,
                List.of(), null, null))).isInstanceOf(NotFoundException.class).hasMessageContaining("nobody");
    }
}
