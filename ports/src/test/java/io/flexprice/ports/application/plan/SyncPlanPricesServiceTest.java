package io.flexprice.ports.application.plan;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceTermsChange;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.application.subscription.ManageSubscriptionsService;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.plan.SyncPlanPricesUseCase.PlanPriceSync;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.pricing.UpdatePriceCommand;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;
import io.flexprice.ports.in.subscription.ChangePlanCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeAddonRepository;
import io.flexprice.ports.testing.FakeBillingCursorRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePlanRepository;
import io.flexprice.ports.testing.FakePriceRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.PriceCommands;
import io.flexprice.ports.testing.RecordingUsageReader;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Syncing a plan's prices to its subscriptions, over fakes, at {@code NOW} = 2024-03-10T12:00Z: the Basic plan
 * has a 31.00 monthly fee in advance; its customer subscribed monthly since March 1st.
 */
class SyncPlanPricesServiceTest {

    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakePlanRepository plans = new FakePlanRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final TestClock clock = new TestClock(NOW);
    private final ManagePlansService managePlans = new ManagePlansService(plans, prices, meters,
            new ImmediateTransactions(), ids, clock);
    private final ManagePricesService managePrices = new ManagePricesService(prices, plans, new FakeAddonRepository(),
            meters, new ImmediateTransactions(), ids, clock);
    private final ManageSubscriptionsService manageSubscriptions = new ManageSubscriptionsService(subscriptions,
            new FakeBillingCursorRepository(), customers, plans, prices, new FakeAddonRepository(), meters,
            new RecordingUsageReader(), new ImmediateTransactions(), ids, clock);
    private final SyncPlanPricesService service = new SyncPlanPricesService(plans, prices, subscriptions,
            new ImmediateTransactions(), ids, clock);
    private final Caller caller = aCaller().build();
    private String customerId;
    private String basic;
    private PriceId fee;

    @BeforeEach
    void catalog() {
        customerId = customers.add(aCustomer().timeZone("UTC").build()).id().value();
        var plan = managePlans.create(caller, new CreatePlanCommand("Basic", null, null, null,
                List.of(planPrice(null, PriceCommands.flatFee("31.00")))));
        basic = plan.plan().id().value();
        fee = plan.prices().get(0).id();
    }

    private CreatePriceCommand planPrice(String planId, Price terms) {
        return new CreatePriceCommand(PriceEntityType.PLAN, planId, null, null, "Price", null, Map.of(), terms);
    }

    private ListedPrice addPrice(Price terms) {
        return managePrices.create(caller, planPrice(basic, terms));
    }

    private Subscription subscribe(String plan) {
        return manageSubscriptions.create(caller, new CreateSubscriptionCommand(customerId, null, plan,
                PriceCommands.USD, BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, null, null,
                at("2024-03-01T00:00:00Z"), null, null, null, null, null, false, null, Map.of(), List.of(), List.of(),
                List.of()));
    }

    private PlanPriceSync sync() {
        return service.sync(caller, new PlanId(basic));
    }

    private SubscriptionLineItem lineOf(Subscription subscription, PriceId price) {
        return subscriptions.stored(subscription.id()).lineItems().stream().filter(l -> l.priceId().equals(price))
                .findFirst().orElseThrow();
    }

    private static Price monthly(String amount, BillingCadence cadence, BillingPeriod period) {
        return new Price(PriceType.FIXED, BillingModel.FLAT_FEE, PriceCommands.USD, new BigDecimal(amount), null,
                List.of(), null, cadence, period, 1, InvoiceCadence.ADVANCE, null);
    }

    @Test
    void aRecurringPriceAddedToThePlanBecomesALineItemFromNowOnOnceEvenWhenSyncedTwice() {
        Subscription subscription = subscribe(basic);
        ListedPrice support = addPrice(monthly("10.00", BillingCadence.RECURRING, BillingPeriod.MONTHLY));

        PlanPriceSync result = sync();

        assertThat(result).isEqualTo(new PlanPriceSync(new PlanId(basic), 1, 1, 1, 0));
        SubscriptionLineItem line = lineOf(subscription, support.id());
        assertThat(line.entityType()).isEqualTo(LineItemEntityType.PLAN);
        assertThat(line.entityId()).isEqualTo(basic);
        assertThat(line.startDate()).isEqualTo(NOW);
        assertThat(line.endDate()).isNull();
        assertThat(line.terms().amount()).isEqualByComparingTo("10.00");
        assertThat(lineOf(subscription, fee).endDate()).isNull();

        int writes = subscriptions.writes();
        assertThat(sync()).isEqualTo(new PlanPriceSync(new PlanId(basic), 1, 0, 0, 0));
        assertThat(subscriptions.writes()).isEqualTo(writes);
        assertThat(subscriptions.stored(subscription.id()).lineItems()).hasSize(2);
    }

    @Test
    void oneTimePricesAndPricesOfAnotherBillingPeriodOrCurrencyAreNotAdded() {
        Subscription subscription = subscribe(basic);
        addPrice(monthly("99.00", BillingCadence.ONETIME, BillingPeriod.MONTHLY));
        addPrice(monthly("300.00", BillingCadence.RECURRING, BillingPeriod.ANNUAL));

        assertThat(sync()).isEqualTo(new PlanPriceSync(new PlanId(basic), 1, 0, 0, 0));
        assertThat(subscriptions.stored(subscription.id()).lineItems()).hasSize(1);
    }

    @Test
    void aNewVersionOfAPriceEndsTheOldLineWhereTheVersionStartsAndTakesOverFromThere() {
        Subscription subscription = subscribe(basic);
        Instant april = at("2024-04-01T00:00:00Z");
        ListedPrice raised = managePrices.update(caller, fee, new UpdatePriceCommand(null, null, null, null,
                new PriceTermsChange(null, new BigDecimal("35.00"), null, null, null), april));

        assertThat(sync()).isEqualTo(new PlanPriceSync(new PlanId(basic), 1, 1, 1, 1));
        assertThat(lineOf(subscription, fee).endDate()).isEqualTo(april);
        SubscriptionLineItem next = lineOf(subscription, raised.id());
        assertThat(next.startDate()).isEqualTo(april);
        assertThat(next.endDate()).isNull();
        assertThat(next.terms().amount()).isEqualByComparingTo("35.00");
    }

    @Test
    void aDeletedPriceEndsItsLineNow() {
        Subscription subscription = subscribe(basic);
        ListedPrice support = addPrice(monthly("10.00", BillingCadence.RECURRING, BillingPeriod.MONTHLY));
        sync();
        clock.set(at("2024-03-15T00:00:00Z"));
        managePrices.delete(caller, support.id());

        assertThat(sync()).isEqualTo(new PlanPriceSync(new PlanId(basic), 1, 1, 0, 1));
        assertThat(lineOf(subscription, support.id()).endDate()).isEqualTo(at("2024-03-15T00:00:00Z"));
        assertThat(lineOf(subscription, fee).endDate()).isNull();
    }

    @Test
    void aNewLineStopsAtAPlanChangeScheduledOnTheSubscription() {
        Subscription subscription = subscribe(basic);
        String cheaper = managePlans.create(caller, new CreatePlanCommand("Cheaper", null, null, null,
                List.of(planPrice(null, PriceCommands.flatFee("5.00"))))).plan().id().value();
        manageSubscriptions.executeChange(caller, subscription.id(), new ChangePlanCommand(cheaper, null, null, null,
                ChangeTiming.END_OF_PERIOD, null));
        ListedPrice support = addPrice(monthly("10.00", BillingCadence.RECURRING, BillingPeriod.MONTHLY));

        sync();

        // the downgrade takes effect at the period's end, April 1st
        SubscriptionLineItem line = lineOf(subscription, support.id());
        assertThat(line.startDate()).isEqualTo(NOW);
        assertThat(line.endDate()).isEqualTo(at("2024-04-01T00:00:00Z"));
    }

    @Test
    void aSubscriptionWhosePlanChangeFellDueIsNoLongerOnThePlanAndGetsNothing() {
        Subscription subscription = subscribe(basic);
        String cheaper = managePlans.create(caller, new CreatePlanCommand("Cheaper", null, null, null,
                List.of(planPrice(null, PriceCommands.flatFee("5.00"))))).plan().id().value();
        manageSubscriptions.executeChange(caller, subscription.id(), new ChangePlanCommand(cheaper, null, null, null,
                ChangeTiming.END_OF_PERIOD, null));
        // the downgrade fell due on April 1st; nothing has stored the subscription since
        clock.set(at("2024-04-02T00:00:00Z"));
        ListedPrice support = addPrice(monthly("10.00", BillingCadence.RECURRING, BillingPeriod.MONTHLY));
        int writes = subscriptions.writes();

        sync();

        assertThat(subscriptions.writes()).isEqualTo(writes);
        assertThat(subscriptions.stored(subscription.id()).lineItems())
                .noneMatch(line -> line.priceId().equals(support.id()));
    }

    @Test
    void cancelledSubscriptionsAndSubscriptionsToOtherPlansAreLeftAlone() {
        Subscription cancelled = subscribe(basic);
        manageSubscriptions.cancel(caller, cancelled.id(), new CancelSubscriptionCommand(CancellationType.IMMEDIATE, null, null));
        String other = managePlans.create(caller, new CreatePlanCommand("Other", null, null, null,
                List.of(planPrice(null, PriceCommands.flatFee("5.00"))))).plan().id().value();
        Subscription elsewhere = subscribe(other);
        addPrice(monthly("10.00", BillingCadence.RECURRING, BillingPeriod.MONTHLY));
        int writes = subscriptions.writes();

        assertThat(sync()).isEqualTo(new PlanPriceSync(new PlanId(basic), 0, 0, 0, 0));
        assertThat(subscriptions.writes()).isEqualTo(writes);
        assertThat(subscriptions.stored(elsewhere.id()).lineItems()).hasSize(1);
    }

    @Test
    void aMissingPlanIsNotFound() {
        assertThatThrownBy(() -> service.sync(caller, new PlanId("plan_missing")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_NOT_FOUND));
    }
}
