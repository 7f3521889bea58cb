package io.flexprice.ports.application.subscription;

import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Customers.aCustomer;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.at;
import static io.flexprice.ports.testing.Meters.aMeter;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.ChangeType;
import io.flexprice.domain.subscription.ChargeKind;
import io.flexprice.domain.subscription.ChargeLine;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.PauseStatus;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.ports.application.plan.ManagePlansService;
import io.flexprice.ports.in.plan.CreatePlanCommand;
import io.flexprice.ports.in.pricing.CreatePriceCommand;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;
import io.flexprice.ports.in.subscription.ChangePlanCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
import io.flexprice.ports.in.subscription.LineItemCommand;
import io.flexprice.ports.in.subscription.LineItemNames;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase.Cancellation;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase.PlanChange;
import io.flexprice.ports.in.subscription.PauseSubscriptionCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
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
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The subscription services over fakes, at {@code NOW} = 2024-03-10T12:00Z: a monthly subscription since
 * March 1st (31 days) to a plan with a 31.00 fee in advance and a tiered usage price (1000 units at 0.01, then
 * 0.005).
 */
class ManageSubscriptionsServiceTest {

    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final FakeCustomerRepository customers = new FakeCustomerRepository();
    private final FakePlanRepository plans = new FakePlanRepository();
    private final FakePriceRepository prices = new FakePriceRepository();
    private final FakeMeterRepository meters = new FakeMeterRepository();
    private final RecordingUsageReader usage = new RecordingUsageReader();
    private final SequentialIdGenerator ids = new SequentialIdGenerator();
    private final FakeBillingCursorRepository billingCursors = new FakeBillingCursorRepository();
    private final ManageSubscriptionsService service = new ManageSubscriptionsService(subscriptions, billingCursors,
            customers, plans, prices, new FakeAddonRepository(), meters, usage, new ImmediateTransactions(), ids, CLOCK);
    private final FindSubscriptionsService find = new FindSubscriptionsService(subscriptions, customers, plans,
            meters, usage, CLOCK);
    private final Caller caller = aCaller().build();
    private String customerId;
    private String basic;
    private String pro;
    private String meterId;

    @BeforeEach
    void catalog() {
        customerId = customers.add(aCustomer().timeZone("UTC").build()).id().value();
        meterId = meters.add(aMeter().build()).id().value();
        ManagePlansService managePlans = new ManagePlansService(plans, prices, meters, new ImmediateTransactions(),
                ids, CLOCK);
        basic = managePlans.create(caller, new CreatePlanCommand("Basic", null, null, null, List.of(
                fee("31.00"), PriceCommands.usageFor(null, null, meterId)))).plan().id().value();
        pro = managePlans.create(caller, new CreatePlanCommand("Pro", null, null, null, List.of(fee("62.00"))))
                .plan().id().value();
    }

    private static CreatePriceCommand fee(String amount) {
        return new CreatePriceCommand(PriceEntityType.PLAN, null, null, null, "Fee", null, Map.of(),
                PriceCommands.flatFee(amount));
    }

    private CreateSubscriptionCommand subscribe(String plan) {
        return new CreateSubscriptionCommand(customerId, null, plan, PriceCommands.USD, BillingCycle.ANNIVERSARY,
                BillingPeriod.MONTHLY, null, null, at("2024-03-01T00:00:00Z"), null, null, null, null, null, false,
                null, Map.of(), List.of(), List.of(), List.of());
    }

    private Subscription subscribed() {
        return service.create(caller, subscribe(basic));
    }

    @Test
    void createSnapshotsThePlanPricesOnTheCustomersScheduleAndStoresIt() {
        Subscription created = service.create(caller, new CreateSubscriptionCommand(null, "acme", basic,
                PriceCommands.USD, BillingCycle.CALENDAR, BillingPeriod.MONTHLY, null, "Europe/Berlin", null, null,
                null, null, null, null, false, "lk", Map.of("a", "b"), List.of(), List.of(), List.of()));

        assertThat(subscriptions.stored(created.id())).isEqualTo(created);
        assertThat(created.customerId().value()).isEqualTo(customerId);
        assertThat(created.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(created.startDate()).isEqualTo(NOW);
        assertThat(created.billing().zone()).isEqualTo(ZoneId.of("Europe/Berlin"));
        // calendar: from now to April 1st 00:00 in Berlin (CEST from March 31st: 22:00Z the day before)
        assertThat(created.currentPeriod()).isEqualTo(new Period(NOW, at("2024-03-31T22:00:00Z")));
        assertThat(created.lineItems()).hasSize(2);
        assertThat(created.audit().createdBy()).isEqualTo(caller.actor());
    }

    @Test
    void createStartsTheBillingLoopsCursorAtTheFirstPeriodDueAtItsEnd() {
        Subscription created = subscribed();

        BillingCursor cursor = billingCursors.of(created.scope(), created.id());
        // anniversary monthly from March 1st: the first period is March, due April 1st
        assertThat(cursor.period()).isEqualTo(new Period(at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z")));
        assertThat(cursor.nextAttemptAt()).isEqualTo(at("2024-04-01T00:00:00Z"));
        assertThat(cursor.attempts()).isZero();
        assertThat(cursor.isEnded()).isFalse();
    }

    @Test
    void aDraftHasNoBillingCursorUntilItIsActivatedThenItStartsAtTheActivatedStart() {
        CreateSubscriptionCommand draft = new CreateSubscriptionCommand(customerId, null, basic, PriceCommands.USD,
                BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, null, null, at("2024-03-01T00:00:00Z"), null, null,
                null, null, null, true, null, Map.of(), List.of(), List.of(), List.of());
        Subscription created = service.create(caller, draft);
        assertThat(billingCursors.findBySubscription(created.scope(), created.id())).isEmpty();

        service.activate(caller, created.id(), at("2024-03-05T00:00:00Z"));

        // anniversary monthly from the activation on March 5th: [Mar 5, Apr 5)
        assertThat(billingCursors.of(created.scope(), created.id()).period())
                .isEqualTo(new Period(at("2024-03-05T00:00:00Z"), at("2024-04-05T00:00:00Z")));
    }

    @Test
    void createRefusesAMissingCustomerUnknownPlanOrCustomerAndStoresNothing() {
        assertThat(fieldsRejected(() -> service.create(caller, new CreateSubscriptionCommand(null, null, basic,
                PriceCommands.USD, null, BillingPeriod.MONTHLY, null, null, null, null, null, null, null, null,
                false, null, null, null, null, null)))).containsExactly("customer_id");
        assertThatThrownBy(() -> service.create(caller, subscribe("plan_missing")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.PLAN_NOT_FOUND));
        assertThat(fieldsRejected(() -> service.create(caller, new CreateSubscriptionCommand(customerId, null, basic,
                PriceCommands.USD, null, BillingPeriod.ANNUAL, null, null, null, null, null, null, null, null, false,
                null, null, null, null, null)))).containsExactly("plan_id");
        assertThat(subscriptions.writes()).isZero();
    }

    @Test
    void cancelImmediatelyCreditsTheRestOfThePeriodAndChargesTheUsageReadUpToNow() {
        Subscription subscription = subscribed();
        usage.answering(new UsageResult(new BigDecimal("1000"), List.of()));

        Cancellation cancellation = service.cancel(caller, subscription.id(),
                new CancelSubscriptionCommand(CancellationType.IMMEDIATE, null, "moving"));

        // March 10..31 is 22 of 31 days: 31.00 x 22/31 = 22.00 credited; 1000 units on the boundary: 10.00
        assertThat(cancellation.charges()).extracting(ChargeLine::kind)
                .containsExactly(ChargeKind.PRORATION, ChargeKind.USAGE);
        assertThat(cancellation.charges().get(0).amount().amount()).isEqualByComparingTo("-22.00");
        assertThat(cancellation.charges().get(1).amount().amount()).isEqualByComparingTo("10.00");
        UsageQuery query = usage.onlyQuery();
        assertThat(query.start()).isEqualTo(at("2024-03-01T00:00:00Z"));
        assertThat(query.end()).isEqualTo(NOW);
        assertThat(query.externalCustomerId()).isEqualTo("acme");
        assertThat(subscriptions.stored(subscription.id()).subscriptionStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThatThrownBy(() -> service.cancel(caller, subscription.id(),
                new CancelSubscriptionCommand(CancellationType.IMMEDIATE, null, null)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void previewStoresNothingAndExecuteUpgradesNowWithProrations() {
        Subscription subscription = subscribed();
        ChangePlanCommand upgrade = new ChangePlanCommand(pro, null, null, null, null, null);
        int writes = subscriptions.writes();

        PlanChange preview = service.previewChange(caller, subscription.id(), upgrade);
        assertThat(subscriptions.writes()).isEqualTo(writes);
        PlanChange executed = service.executeChange(caller, subscription.id(), upgrade);

        assertThat(preview.type()).isEqualTo(ChangeType.UPGRADE);
        assertThat(preview.timing()).isEqualTo(ChangeTiming.IMMEDIATE);
        // 22 of 31 days remain: credit 31.00 x 22/31 = 22.00, charge 62.00 x 22/31 = 44.00
        assertThat(executed.charges()).extracting(line -> line.amount().amount())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("-22.00"), new BigDecimal("44.00"));
        assertThat(subscriptions.stored(subscription.id()).planId()).isEqualTo(PlanId.of(pro));
        assertThat(usage.queries()).as("no usage is settled when the period goes on").isEmpty();
    }

    @Test
    void aDowngradeWaitsForThePeriodEnd() {
        Subscription subscription = service.create(caller, subscribe(pro));

        PlanChange change = service.executeChange(caller, subscription.id(),
                new ChangePlanCommand(basic, null, null, null, null, null));

        assertThat(change.type()).isEqualTo(ChangeType.DOWNGRADE);
        assertThat(change.timing()).isEqualTo(ChangeTiming.END_OF_PERIOD);
        assertThat(change.effectiveDate()).isEqualTo(at("2024-04-01T00:00:00Z"));
        assertThat(change.charges()).isEmpty();
        Subscription stored = subscriptions.stored(subscription.id());
        assertThat(stored.planId()).isEqualTo(PlanId.of(pro));
        assertThat(stored.scheduledChange().targetPlanId()).isEqualTo(PlanId.of(basic));
    }

    @Test
    void aDryRunPauseStoresNothingAndAPauseIsResumed() {
        Subscription subscription = subscribed();
        int writes = subscriptions.writes();

        var dry = service.pause(caller, subscription.id(),
                new PauseSubscriptionCommand(PauseMode.IMMEDIATE, null, null, 3, "trip", null, true));
        assertThat(subscriptions.writes()).isEqualTo(writes);
        var paused = service.pause(caller, subscription.id(),
                new PauseSubscriptionCommand(PauseMode.IMMEDIATE, null, null, 3, "trip", null, false));
        var resumed = service.resume(caller, subscription.id(), ResumeMode.IMMEDIATE, false);

        assertThat(dry.pause().pauseEnd()).isEqualTo(at("2024-03-13T12:00:00Z"));
        assertThat(paused.subscription().subscriptionStatus()).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(resumed.pause().pauseStatus()).isEqualTo(PauseStatus.CANCELLED);
        assertThat(subscriptions.stored(subscription.id()).subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(fieldsRejected(() -> service.pause(caller, subscription.id(),
                new PauseSubscriptionCommand(PauseMode.IMMEDIATE, null, NOW.plusSeconds(60), 0, null, null, false))))
                .containsExactly("pause_days", "pause_days");
        assertThat(fieldsRejected(() -> service.resume(caller, subscription.id(), ResumeMode.AUTO, false)))
                .containsExactly("resume_mode");
    }

    @Test
    void lineItemsAreAddedReplacedAndEnded() {
        Subscription subscription = subscribed();
        String seat = prices.all().stream().filter(p -> p.entityId().equals(pro)).findFirst().orElseThrow().id().value();

        var added = service.addLineItem(caller, subscription.id(), new LineItemCommand(seat, new BigDecimal("2"), null,
                null, null, null, null, null, null, null, null));
        var replaced = service.updateLineItem(caller, added.line().id(), new LineItemCommand(null, null, null,
                new BigDecimal("50.00"), null, null, null, null, at("2024-03-20T00:00:00Z"), null, null));
        var ended = service.deleteLineItem(caller, replaced.line().id(), at("2024-03-25T00:00:00Z"));

        assertThat(added.line().startDate()).isEqualTo(NOW);
        assertThat(replaced.line().terms().amount()).isEqualByComparingTo("50.00");
        assertThat(replaced.line().quantity()).isEqualByComparingTo("2");
        assertThat(ended.line().endDate()).isEqualTo(at("2024-03-25T00:00:00Z"));
        assertThat(subscriptions.stored(subscription.id()).lineItems()).hasSize(4);
        assertThatThrownBy(() -> service.deleteLineItem(caller, SubscriptionLineItemId.of("line_none"), null))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_LINE_ITEM_NOT_FOUND));
    }

    @Test
    void anAddedOrReplacingLineCarriesItsOwnAuditNotTheSubscriptions() {
        Subscription subscription = subscribed();
        String seat = prices.all().stream().filter(p -> p.entityId().equals(pro)).findFirst().orElseThrow().id().value();
        Caller ops = aCaller().actor("ops").build();

        var added = service.addLineItem(ops, subscription.id(), new LineItemCommand(seat, null, null, null, null,
                null, null, null, null, null, null));
        var replaced = service.updateLineItem(ops, added.line().id(), new LineItemCommand(null, null, null,
                new BigDecimal("50.00"), null, null, null, null, null, null, null));

        assertThat(subscription.lineItems().get(0).audit().createdBy()).isEqualTo(caller.actor());
        assertThat(added.line().audit()).isEqualTo(Audit.createdBy("ops", NOW));
        assertThat(replaced.line().audit()).isEqualTo(Audit.createdBy("ops", NOW));
    }

    @Test
    void lineItemsAreNamedAfterTheirPlanAndMeterAndAnAddedLineHasNoPlanName() {
        Subscription subscription = subscribed();
        String seat = prices.all().stream().filter(p -> p.entityId().equals(pro)).findFirst().orElseThrow().id().value();
        var added = service.addLineItem(caller, subscription.id(), new LineItemCommand(seat, null, null, null, null,
                null, null, null, null, null, null));

        LineItemNames names = find.lineItemNames(caller, List.of(added.subscription()));

        SubscriptionLineItem fee = subscription.lineItems().stream().filter(l -> l.meterId() == null).findFirst()
                .orElseThrow();
        SubscriptionLineItem tokens = subscription.lineItems().stream().filter(l -> l.meterId() != null).findFirst()
                .orElseThrow();
        assertThat(names.planDisplayName(fee)).isEqualTo("Basic");
        assertThat(names.meterDisplayName(fee)).isNull();
        assertThat(names.planDisplayName(tokens)).isEqualTo("Basic");
        assertThat(names.meterDisplayName(tokens)).isEqualTo("LLM tokens");
        assertThat(names.planDisplayName(added.line())).isNull();
    }

    @Test
    void lineItemChangesInThePastOrLinesBeforeTheSubscriptionAreRefusedAndChangeNothing() {
        Subscription subscription = subscribed();
        String seat = prices.all().stream().filter(p -> p.entityId().equals(pro)).findFirst().orElseThrow().id().value();
        SubscriptionLineItemId fee = subscription.lineItems().get(0).id();
        int writes = subscriptions.writes();
        Instant past = NOW.minusSeconds(1);

        assertThat(fieldsRejected(() -> service.updateLineItem(caller, fee, new LineItemCommand(null, null, null,
                new BigDecimal("50.00"), null, null, null, null, past, null, null)))).containsExactly("effective_from");
        assertThat(fieldsRejected(() -> service.deleteLineItem(caller, fee, past))).containsExactly("effective_from");
        // the subscription starts 2024-03-01T00:00Z
        assertThat(fieldsRejected(() -> service.addLineItem(caller, subscription.id(), new LineItemCommand(seat,
                null, null, null, null, null, null, null, at("2024-02-29T23:59:59Z"), null, null))))
                .containsExactly("start_date");
        assertThat(subscriptions.writes()).isEqualTo(writes);
    }

    @Test
    void deletingALineBeforeItStartsRemovesItAndSaysSo() {
        Subscription subscription = subscribed();
        String seat = prices.all().stream().filter(p -> p.entityId().equals(pro)).findFirst().orElseThrow().id().value();
        var added = service.addLineItem(caller, subscription.id(), new LineItemCommand(seat, null, null, null, null,
                null, null, null, at("2024-03-20T00:00:00Z"), null, null));

        var deleted = service.deleteLineItem(caller, added.line().id(), null);
        var ended = service.deleteLineItem(caller, subscription.lineItems().get(0).id(), null);

        assertThat(deleted.removed()).isTrue();
        assertThat(deleted.line().id()).isEqualTo(added.line().id());
        assertThat(subscriptions.stored(subscription.id()).lineItems()).extracting(l -> l.id())
                .doesNotContain(added.line().id());
        assertThat(ended.removed()).isFalse();
        assertThat(ended.line().endDate()).isEqualTo(NOW);
    }

    @Test
    void readsShowTheSubscriptionAsItStandsNowAndUsageIsPricedPerLine() {
        Subscription subscription = subscribed();
        usage.answering(new UsageResult(new BigDecimal("1500"), List.of()));

        FindSubscriptionsQuery.Usage current = find.usage(caller, subscription.id(), null, null);

        // slab: 1000 x 0.01 + 500 x 0.005 = 12.50 over [March 1st, now)
        assertThat(current.period()).isEqualTo(new Period(at("2024-03-01T00:00:00Z"), NOW));
        assertThat(current.charges()).singleElement()
                .satisfies(line -> assertThat(line.amount().amount()).isEqualByComparingTo("12.50"));
        assertThat(find.get(caller, subscription.id())).isEqualTo(subscription);
        assertThat(find.search(caller, new SubscriptionFilter(null, List.of(customerId), null, null, null),
                PageRequest.first(10)).items()).containsExactly(subscription);
        assertThatThrownBy(() -> find.get(caller, SubscriptionId.of("subs_none")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_NOT_FOUND));
        Instant later = at("2024-03-05T00:00:00Z");
        assertThat(fieldsRejected(() -> find.usage(caller, subscription.id(), later, later)))
                .containsExactly("end_time");
    }
}
