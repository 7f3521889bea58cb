package io.flexprice.ports.application.billing;

import static io.flexprice.ports.testing.Fixtures.OTHER_TENANT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.BillingCursor;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.subscription.SubscriptionPauseId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.in.billing.BillDueSubscriptionsUseCase;
import io.flexprice.ports.in.billing.BillingRunSummary;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import io.flexprice.ports.testing.FakeBillingCursorRepository;
import io.flexprice.ports.testing.FakeInvoiceRepository;
import io.flexprice.ports.testing.FakeSequenceRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.ImmediateTransactions;
import io.flexprice.ports.testing.PriceCommands;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The billing loop over fakes, with the real {@link BillSubscriptionPeriodsService} (one invoice per period) and
 * charges a test sets per subscription. Subscriptions are monthly on the anniversary of 2024-01-01T00:00Z (UTC), so
 * their periods are the calendar months: January is due February 1st.
 */
class BillDueSubscriptionsServiceTest {

    private static final Instant JAN_1 = at("2024-01-01T00:00:00Z");
    private static final Period JANUARY = new Period(JAN_1, at("2024-02-01T00:00:00Z"));
    private static final Period FEBRUARY = new Period(at("2024-02-01T00:00:00Z"), at("2024-03-01T00:00:00Z"));
    private static final Period MARCH = new Period(at("2024-03-01T00:00:00Z"), at("2024-04-01T00:00:00Z"));
    private static final Period APRIL = new Period(at("2024-04-01T00:00:00Z"), at("2024-05-01T00:00:00Z"));
    /** March 1st .. April 1st have ended: three periods are due. */
    private static final Instant APRIL_10 = at("2024-04-10T12:00:00Z");

    private final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    private final FakeBillingCursorRepository cursors = new FakeBillingCursorRepository();
    private final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    private final Charges charges = new Charges();
    private final TestClock clock = new TestClock(APRIL_10);
    private final ImmediateTransactions transactions = new ImmediateTransactions();
    private final BillDueSubscriptionsService loop = new BillDueSubscriptionsService(cursors, subscriptions,
            new BillSubscriptionPeriodsService(invoices, charges, new FakeSequenceRepository(),
                    InvoiceSettings.DEFAULTS, transactions, new SequentialIdGenerator(), clock), transactions);

    @Test
    void aSubscriptionThreePeriodsBehindIsBilledForEachMissedPeriodInOrder() {
        Subscription subscription = stored(SCOPE, "subs_1", null);

        BillingRunSummary run = loop.billDue(APRIL_10, 100);

        assertThat(run).isEqualTo(new BillingRunSummary(3, 0, 0, List.of()));
        assertThat(charges.asked).containsExactly("subs_1 " + JANUARY, "subs_1 " + FEBRUARY, "subs_1 " + MARCH);
        assertThat(invoicesOf(subscription)).extracting(Invoice::period).containsExactly(JANUARY, FEBRUARY, MARCH);
        assertThat(invoicesOf(subscription)).extracting(Invoice::invoiceStatus).containsOnly(InvoiceStatus.FINALIZED);
        assertThat(invoicesOf(subscription)).allSatisfy(invoice -> {
            assertThat(invoice.audit().createdBy()).isEqualTo(BillDueSubscriptionsUseCase.ACTOR);
            assertThat(invoice.amounts().total()).isEqualTo(usd("10.00"));
        });
        BillingCursor cursor = cursors.of(SCOPE, subscription.id());
        assertThat(cursor.period()).isEqualTo(APRIL);
        assertThat(cursor.nextAttemptAt()).isEqualTo(APRIL.end());
        assertThat(cursor.isEnded()).isFalse();
    }

    @Test
    void aSecondRunBillsNothingAndAReplayedCursorFindsTheInvoicesInsteadOfMakingNewOnes() {
        Subscription subscription = stored(SCOPE, "subs_1", null);
        loop.billDue(APRIL_10, 100);
        int asked = charges.asked.size();

        BillingRunSummary second = loop.billDue(APRIL_10, 100);
        // a cursor put back to January (a lost advance, a restored backup) walks over invoiced periods only
        cursors.save(BillingCursor.startingAt(SCOPE, subscription.id(), JANUARY, JAN_1));
        BillingRunSummary replay = loop.billDue(APRIL_10, 100);

        assertThat(second).isEqualTo(BillingRunSummary.NOTHING_DUE);
        assertThat(replay.billed()).isEqualTo(3);
        assertThat(charges.asked).as("no charges are read for an invoiced period").hasSize(asked);
        assertThat(invoicesOf(subscription)).hasSize(3);
        assertThat(cursors.of(SCOPE, subscription.id()).period()).isEqualTo(APRIL);
    }

    @Test
    void aFailingSubscriptionIsRecordedAndRetriedLaterWithoutBlockingTheOthers() {
        Subscription failing = stored(SCOPE, "subs_a", null);
        Subscription healthy = stored(SCOPE, "subs_b", null);
        charges.failFor.add("subs_a");

        BillingRunSummary run = loop.billDue(APRIL_10, 100);

        assertThat(run.billed()).isEqualTo(3);
        assertThat(run.failed()).isEqualTo(1);
        BillingRunSummary.Failure failure = run.failures().get(0);
        assertThat(failure.subscriptionId()).isEqualTo("subs_a");
        assertThat(failure.period()).isEqualTo(JANUARY);
        assertThat(failure.attempts()).isEqualTo(1);
        assertThat(failure.error()).isEqualTo("request.not_implemented: subscription_id: no charges for subs_a");
        assertThat(invoicesOf(healthy)).hasSize(3);
        assertThat(invoicesOf(failing)).isEmpty();
        BillingCursor cursor = cursors.of(SCOPE, failing.id());
        assertThat(cursor.period()).isEqualTo(JANUARY);
        assertThat(cursor.attempts()).isEqualTo(1);
        assertThat(cursor.lastError()).isEqualTo(failure.error());
        assertThat(cursor.nextAttemptAt()).isEqualTo(APRIL_10.plus(Duration.ofMinutes(1)));

        // not again within the minute; then 1, 2, 4 minutes apart
        assertThat(loop.billDue(APRIL_10.plusSeconds(59), 100)).isEqualTo(BillingRunSummary.NOTHING_DUE);
        assertThat(loop.billDue(APRIL_10.plusSeconds(60), 100).failed()).isEqualTo(1);
        assertThat(cursors.of(SCOPE, failing.id()).attempts()).isEqualTo(2);
        assertThat(cursors.of(SCOPE, failing.id()).nextAttemptAt()).isEqualTo(APRIL_10.plusSeconds(60 + 120));

        charges.failFor.clear();
        BillingRunSummary recovered = loop.billDue(APRIL_10.plusSeconds(180), 100);
        assertThat(recovered).isEqualTo(new BillingRunSummary(3, 0, 0, List.of()));
        assertThat(cursors.of(SCOPE, failing.id()).attempts()).isZero();
        assertThat(cursors.of(SCOPE, failing.id()).lastError()).isNull();
    }

    @Test
    void aSubscriptionCancelledAtThePeriodEndIsBilledUpToItsEndAndItsCursorEnds() {
        Subscription subscription = stored(SCOPE, "subs_1", null);
        Instant feb10 = at("2024-02-10T00:00:00Z");
        subscriptions.update(subscription.cancelled(CancellationType.END_OF_PERIOD, feb10,
                subscription.audit().updatedBy("alice", feb10)));

        BillingRunSummary run = loop.billDue(APRIL_10, 100);
        BillingRunSummary later = loop.billDue(at("2024-12-01T00:00:00Z"), 100);

        assertThat(run).isEqualTo(new BillingRunSummary(2, 0, 0, List.of()));
        assertThat(invoicesOf(subscription)).extracting(Invoice::period).containsExactly(JANUARY, FEBRUARY);
        BillingCursor cursor = cursors.of(SCOPE, subscription.id());
        assertThat(cursor.isEnded()).isTrue();
        assertThat(cursor.period()).as("the last period billed").isEqualTo(FEBRUARY);
        assertThat(later).isEqualTo(BillingRunSummary.NOTHING_DUE);
    }

    @Test
    void thePeriodASubscriptionIsCancelledInIsBilledUpToTheCancellationAndNothingAfter() {
        Subscription subscription = stored(SCOPE, "subs_1", null);
        loop.billDue(at("2024-02-01T00:00:00Z"), 100); // January
        Instant feb10 = at("2024-02-10T00:00:00Z");
        subscriptions.update(subscription.cancelled(CancellationType.IMMEDIATE, feb10,
                subscription.audit().updatedBy("alice", feb10)));

        BillingRunSummary run = loop.billDue(APRIL_10, 100);

        assertThat(run.billed()).isEqualTo(1);
        assertThat(invoicesOf(subscription)).extracting(Invoice::period)
                .containsExactly(JANUARY, new Period(FEBRUARY.start(), feb10));
        assertThat(cursors.of(SCOPE, subscription.id()).isEnded()).isTrue();
    }

    @Test
    void aSubscriptionWithAnEndDateHasItsLastPeriodCutThereAndIsNotBilledAfter() {
        Instant feb15 = at("2024-02-15T00:00:00Z");
        Subscription subscription = stored(SCOPE, "subs_1", feb15);

        loop.billDue(APRIL_10, 100);

        assertThat(invoicesOf(subscription)).extracting(Invoice::period)
                .containsExactly(JANUARY, new Period(FEBRUARY.start(), feb15));
        assertThat(cursors.of(SCOPE, subscription.id()).isEnded()).isTrue();
    }

    @Test
    void trialingAndPausedSubscriptionsAreStillBilledEveryPeriod() {
        Subscription trialing = storedWithTrial(SCOPE, "subs_trial", at("2024-03-15T00:00:00Z"));
        Subscription paused = stored(SCOPE, "subs_paused", null);
        Instant jan20 = at("2024-01-20T00:00:00Z");
        subscriptions.update(paused.paused(SubscriptionPauseId.of("pause_1"), PauseMode.IMMEDIATE, null, null,
                "holiday", Metadata.EMPTY, jan20, paused.audit().updatedBy("alice", jan20)));
        assertThat(subscriptions.stored(paused.id()).subscriptionStatus()).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(trialing.subscriptionStatus()).isEqualTo(SubscriptionStatus.TRIALING);

        BillingRunSummary run = loop.billDue(APRIL_10, 100);

        assertThat(run.billed()).isEqualTo(6);
        assertThat(invoicesOf(trialing)).extracting(Invoice::period).containsExactly(JANUARY, FEBRUARY, MARCH);
        assertThat(invoicesOf(paused)).extracting(Invoice::period).containsExactly(JANUARY, FEBRUARY, MARCH);
    }

    @Test
    void aPeriodThatOwesNothingCountsAsSkippedAndTheCursorMovesOn() {
        Subscription free = stored(SCOPE, "subs_free", null);
        charges.amounts.put("subs_free", "0.00");

        BillingRunSummary run = loop.billDue(at("2024-02-01T00:00:00Z"), 100);

        assertThat(run).isEqualTo(new BillingRunSummary(0, 1, 0, List.of()));
        assertThat(invoicesOf(free)).extracting(Invoice::invoiceStatus).containsExactly(InvoiceStatus.SKIPPED);
        assertThat(cursors.of(SCOPE, free.id()).period()).isEqualTo(FEBRUARY);
    }

    @Test
    void everyTenantsDueSubscriptionsAreBilledInTheirOwnScopeEarliestDueFirstUpToTheLimit() {
        Subscription mine = stored(SCOPE, "subs_1", null);
        Subscription theirs = stored(OTHER_TENANT, "subs_2", null);

        BillingRunSummary first = loop.billDue(APRIL_10, 4);
        BillingRunSummary rest = loop.billDue(APRIL_10, 4);

        // January of both (due Feb 1), February of both (due Mar 1); then March of both
        assertThat(first.billed()).isEqualTo(4);
        assertThat(charges.asked.subList(0, 4)).containsExactly("subs_1 " + JANUARY, "subs_2 " + JANUARY,
                "subs_1 " + FEBRUARY, "subs_2 " + FEBRUARY);
        assertThat(rest.billed()).isEqualTo(2);
        assertThat(invoicesOf(mine)).hasSize(3).allSatisfy(i -> assertThat(i.scope()).isEqualTo(SCOPE));
        assertThat(invoicesOf(theirs)).hasSize(3).allSatisfy(i -> assertThat(i.scope()).isEqualTo(OTHER_TENANT));
    }

    @Test
    void aCursorWhoseSubscriptionIsGoneEndsWithoutBilling() {
        cursors.save(BillingCursor.startingAt(SCOPE, SubscriptionId.of("subs_gone"), JANUARY, JAN_1));

        BillingRunSummary run = loop.billDue(APRIL_10, 100);

        assertThat(run).isEqualTo(new BillingRunSummary(0, 0, 1, List.of()));
        assertThat(cursors.of(SCOPE, SubscriptionId.of("subs_gone")).isEnded()).isTrue();
        assertThat(charges.asked).isEmpty();
    }

    @Test
    void aLimitBelowOneIsRefused() {
        assertThatThrownBy(() -> loop.billDue(APRIL_10, 0)).isInstanceOfSatisfying(ValidationException.class,
                e -> assertThat(e.violations().get(0).field()).isEqualTo("limit"));
    }

    // ------------------------------------------------------------------ fixtures

    private List<Invoice> invoicesOf(Subscription subscription) {
        return invoices.all().stream()
                .filter(invoice -> subscription.id().value().equals(invoice.subscriptionId()))
                .sorted(Comparator.comparing(invoice -> invoice.period().start())).toList();
    }

    /** Monthly from January 1st, a 10.00 fee; stored with its cursor, as the subscription service does. */
    private Subscription stored(Scope scope, String id, Instant endDate) {
        return store(subscription(scope, id, endDate, null));
    }

    private Subscription storedWithTrial(Scope scope, String id, Instant trialEnd) {
        return store(subscription(scope, id, null, trialEnd));
    }

    private Subscription store(Subscription subscription) {
        subscriptions.insert(subscription);
        cursors.save(BillingCursor.firstOf(subscription, JAN_1).orElseThrow());
        return subscription;
    }

    private static Subscription subscription(Scope scope, String id, Instant endDate, Instant trialEnd) {
        ListedPrice fee = new ListedPrice(PriceId.of("price_1"), scope, PriceEntityType.PLAN, "plan_1", null, null,
                "Fee", null, Metadata.EMPTY, PriceCommands.flatFee("10.00"), Status.PUBLISHED,
                Audit.createdBy("a", JAN_1));
        return Subscription.create(new NewSubscription(SubscriptionId.of(id), scope, CustomerId.of("cust_1"),
                        PlanId.of("plan_1"), PriceCommands.USD, BillingCycle.ANNIVERSARY, null, BillingPeriod.MONTHLY,
                        1, ZoneId.of("UTC"), JAN_1, endDate, trialEnd == null ? null : JAN_1, trialEnd, null, null,
                        false, null, null, null, null),
                List.of(fee), () -> SubscriptionLineItemId.of("line_" + id), Audit.createdBy("a", JAN_1));
    }

    private static Money usd(String amount) {
        return new Money(new BigDecimal(amount), PriceCommands.USD);
    }

    /** Each subscription's charges: one fixed line of 10.00 unless set; refuses the subscriptions in failFor. */
    private static final class Charges implements SubscriptionInvoiceDrafts {

        final List<String> asked = new ArrayList<>();
        final Map<String, String> amounts = new HashMap<>();
        final Set<String> failFor = new HashSet<>();

        @Override
        public InvoiceDraft draft(Scope scope, String subscriptionId, Period period) {
            asked.add(subscriptionId + " " + period);
            if (failFor.contains(subscriptionId)) {
                throw new ValidationException(ErrorCode.NOT_IMPLEMENTED, "subscription_id",
                        "no charges for " + subscriptionId);
            }
            InvoiceDraft.Line line = new InvoiceDraft.Line(null, PriceType.FIXED, null, null, null, null, "Plan",
                    "Fee", BigDecimal.ONE, usd(amounts.getOrDefault(subscriptionId, "10.00")), period, null);
            return InvoiceDraft.forPeriod(CustomerId.of("cust_1"), subscriptionId, period, PriceCommands.USD,
                    List.of(line));
        }

        @Override
        public InvoiceDraft draftAtCreation(Scope scope, String subscriptionId, Period firstPeriod) {
            throw new UnsupportedOperationException("the billing loop bills periods, never a first invoice");
        }
    }
}
