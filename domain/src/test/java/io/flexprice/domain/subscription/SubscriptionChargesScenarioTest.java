package io.flexprice.domain.subscription;

import static io.flexprice.domain.subscription.Subscriptions.EUR;
import static io.flexprice.domain.subscription.Subscriptions.PLAN;
import static io.flexprice.domain.subscription.Subscriptions.aSubscription;
import static io.flexprice.domain.subscription.Subscriptions.at;
import static io.flexprice.domain.subscription.Subscriptions.fixedAdvance;
import static io.flexprice.domain.subscription.Subscriptions.fixedArrear;
import static io.flexprice.domain.subscription.Subscriptions.linesOf;
import static io.flexprice.domain.subscription.Subscriptions.listed;
import static io.flexprice.domain.subscription.Subscriptions.usage;
import static io.flexprice.domain.subscription.Subscriptions.usageOf;
import static io.flexprice.domain.subscription.Subscriptions.usagePerUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.Prices;
import io.flexprice.domain.pricing.TierMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The billing scenarios of issue 5, each named after what it pins. Every expected amount is computed by hand
 * in the comment beside it.
 */
class SubscriptionChargesScenarioTest {

    private static final Audit CHANGE = Audit.createdBy("test", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void anniversaryOnThe31stFallsToFebruary29InALeapYearAndComesBackToMarch31WithWholeCharges() {
        Subscription subscription = aSubscription().startingAt("2024-01-31T10:00:00Z").to(fixedAdvance("29.00"))
                .build();

        assertThat(subscription.currentPeriod()).isEqualTo(period("2024-01-31T10:00:00Z", "2024-02-29T10:00:00Z"));
        // an anniversary first period is whole: 29.00 x 29/29
        assertAmounts(SubscriptionCharges.atCreation(subscription), "29.00");

        List<ChargeLine> boundary = SubscriptionCharges.atBoundary(subscription, Map.of());
        assertThat(boundary).singleElement().satisfies(line -> {
            assertThat(line.servicePeriod()).isEqualTo(period("2024-02-29T10:00:00Z", "2024-03-31T10:00:00Z"));
            assertThat(line.amount().amount()).isEqualByComparingTo("29.00"); // March, whole
            assertThat(line.cadence()).isEqualTo(InvoiceCadence.ADVANCE);
        });
        Subscription april = subscription.advancedTo(at("2024-03-31T10:00:00Z"));
        assertThat(april.currentPeriod()).isEqualTo(period("2024-03-31T10:00:00Z", "2024-04-30T10:00:00Z"));
    }

    @Test
    void anniversaryOnThe31stFallsToFebruary28InACommonYear() {
        Subscription subscription = aSubscription().startingAt("2025-01-31T00:00:00Z").to(fixedAdvance("28.00"))
                .build();

        Subscription february = subscription.advancedTo(at("2025-02-28T00:00:00Z"));

        assertThat(subscription.currentPeriod()).isEqualTo(period("2025-01-31T00:00:00Z", "2025-02-28T00:00:00Z"));
        assertThat(february.currentPeriod()).isEqualTo(period("2025-02-28T00:00:00Z", "2025-03-31T00:00:00Z"));
        // February's 28 days are a whole period: 28.00, not prorated
        assertAmounts(SubscriptionCharges.advance(february, february.currentPeriod()), "28.00");
    }

    @Test
    void calendarFirstPeriodIsPartialAndProratedWhereAnniversaryIsWhole() {
        Subscription calendar = aSubscription().startingAt("2026-01-15T00:00:00Z").calendar()
                .to(fixedAdvance("31.00")).build();
        Subscription anniversary = aSubscription().startingAt("2026-01-15T00:00:00Z").to(fixedAdvance("31.00"))
                .build();

        assertThat(calendar.currentPeriod()).isEqualTo(period("2026-01-15T00:00:00Z", "2026-02-01T00:00:00Z"));
        // Jan 15..31 is 17 of January's 31 days: 31.00 x 17/31 = 17.00
        assertAmounts(SubscriptionCharges.atCreation(calendar), "17.00");
        assertThat(anniversary.currentPeriod()).isEqualTo(period("2026-01-15T00:00:00Z", "2026-02-15T00:00:00Z"));
        assertAmounts(SubscriptionCharges.atCreation(anniversary), "31.00");
        // the calendar subscription's second period is a whole February: 31.00
        assertAmounts(SubscriptionCharges.atBoundary(calendar, Map.of()), "31.00");
    }

    @Test
    void calendarPeriodsInTheCustomersZoneSpanTheDaylightSavingChangeAndCancelProratesByLocalDays() {
        Subscription subscription = aSubscription().zone("Europe/Berlin").calendar()
                .startingAt("2026-02-28T23:00:00Z") // March 1st, 00:00 CET
                .to(fixedAdvance("31.00"), usagePerUnit("0.10")).build();

        // April 1st 00:00 is CEST (UTC+2) after the change of March 29: 22:00Z, not 23:00Z
        assertThat(subscription.currentPeriod()).isEqualTo(period("2026-02-28T23:00:00Z", "2026-03-31T22:00:00Z"));
        Instant cancelAt = at("2026-03-30T12:00:00Z"); // March 30, 14:00 in Berlin
        Subscription before = subscription.advancedTo(cancelAt);
        assertThat(SubscriptionCharges.settlementUsageWindows(before, cancelAt)).singleElement()
                .satisfies(w -> assertThat(w.period()).isEqualTo(period("2026-02-28T23:00:00Z", "2026-03-30T12:00:00Z")));

        List<ChargeLine> settled = SubscriptionCharges.cancellation(before, cancelAt,
                ProrationBehavior.CREATE_PRORATIONS, usageOf(before, "25"));

        assertThat(settled).hasSize(2);
        // Berlin days March 30 and 31 remain of 31: 31.00 x 2/31 = 2.00 credited
        assertThat(settled.get(0).kind()).isEqualTo(ChargeKind.PRORATION);
        assertThat(settled.get(0).amount().amount()).isEqualByComparingTo("-2.00");
        assertThat(settled.get(0).servicePeriod()).isEqualTo(period("2026-03-30T12:00:00Z", "2026-03-31T22:00:00Z"));
        // usage up to the cancellation: 25 x 0.10 = 2.50
        assertThat(settled.get(1).kind()).isEqualTo(ChargeKind.USAGE);
        assertThat(settled.get(1).amount().amount()).isEqualByComparingTo("2.50");
        Subscription cancelled = before.cancelled(CancellationType.IMMEDIATE, cancelAt, CHANGE);
        assertThat(cancelled.subscriptionStatus()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(cancelled.currentPeriod().end()).isEqualTo(cancelAt);
    }

    @Test
    void midPeriodUpgradeCreditsTheUnusedOldFeeAndChargesTheNewFeeForTheRestOfThePeriod() {
        PlanId pro = PlanId.of("plan_pro");
        Subscription basic = aSubscription().startingAt("2026-04-01T00:00:00Z").to(fixedAdvance("30.00")).build();
        Instant changeAt = at("2026-04-11T00:00:00Z");
        Subscription before = basic.advancedTo(changeAt);
        List<SubscriptionLineItem> proLines = linesOf(pro, changeAt, listed(pro,
                Subscriptions.fixedTerms("60.00", InvoiceCadence.ADVANCE), null, "Pro fee"));

        Subscription after = before.planChanged(pro, proLines, before.billing(), ChangeTiming.IMMEDIATE,
                ChangeType.UPGRADE, changeAt, CHANGE);
        List<ChargeLine> charges = SubscriptionCharges.planChange(before, after, changeAt,
                ProrationBehavior.CREATE_PRORATIONS, Map.of());

        // April 11..30 is 20 of 30 days: credit 30.00 x 20/30 = 20.00, charge 60.00 x 20/30 = 40.00
        assertAmounts(charges, "-20.00", "40.00");
        assertThat(charges).allMatch(line -> line.kind() == ChargeKind.PRORATION);
        assertThat(charges.get(1).servicePeriod()).isEqualTo(period("2026-04-11T00:00:00Z", "2026-05-01T00:00:00Z"));
        assertThat(after.planId()).isEqualTo(pro);
        assertThat(after.currentPeriod()).isEqualTo(before.currentPeriod());
        // May is charged the new fee only
        assertAmounts(SubscriptionCharges.atBoundary(after, Map.of()), "60.00");
        assertThat(SubscriptionCharges.classify(
                SubscriptionCharges.fixedChargePerPeriod(before.lineItemsAt(changeAt), Subscriptions.USD),
                SubscriptionCharges.fixedChargePerPeriod(proLines, Subscriptions.USD))).isEqualTo(ChangeType.UPGRADE);
    }

    @Test
    void downgradeAtPeriodEndChargesNothingNowAndTheCheaperPlanFromTheNextPeriod() {
        PlanId starter = PlanId.of("plan_starter");
        Subscription pro = aSubscription().startingAt("2026-04-01T00:00:00Z").to(fixedAdvance("60.00")).build();
        Instant askedAt = at("2026-04-11T00:00:00Z");
        Subscription before = pro.advancedTo(askedAt);
        Instant effective = before.changeEffectiveAt(ChangeTiming.END_OF_PERIOD, askedAt);
        List<SubscriptionLineItem> starterLines = linesOf(starter, effective, listed(starter,
                Subscriptions.fixedTerms("30.00", InvoiceCadence.ADVANCE), null, "Starter fee"));

        Subscription after = before.planChanged(starter, starterLines, before.billing(), ChangeTiming.END_OF_PERIOD,
                ChangeType.DOWNGRADE, askedAt, CHANGE);

        assertThat(effective).isEqualTo(at("2026-05-01T00:00:00Z"));
        assertThat(SubscriptionCharges.planChange(before, after, effective, ProrationBehavior.CREATE_PRORATIONS,
                Map.of())).isEmpty();
        assertThat(after.planId()).isEqualTo(PLAN);
        assertThat(after.scheduledChange().targetPlanId()).isEqualTo(starter);
        // at May 1st: no arrear charge, May in advance at the starter fee 30.00
        assertAmounts(SubscriptionCharges.atBoundary(after, Map.of()), "30.00");
        Subscription may = after.advancedTo(effective);
        assertThat(may.planId()).isEqualTo(starter);
        assertThat(may.scheduledChange()).isNull();
        assertThat(may.currentPeriod()).isEqualTo(period("2026-05-01T00:00:00Z", "2026-06-01T00:00:00Z"));
    }

    @Test
    void cancelAtPeriodEndChargesTheEndedPeriodInArrearAndNothingInAdvance() {
        Subscription subscription = aSubscription().startingAt("2026-04-01T00:00:00Z")
                .to(fixedAdvance("30.00"), fixedArrear("10.00")).build();

        Subscription cancelling = subscription.cancelled(CancellationType.END_OF_PERIOD, at("2026-04-11T00:00:00Z"),
                CHANGE);

        assertThat(cancelling.cancelAtPeriodEnd()).isTrue();
        assertThat(cancelling.cancelAt()).isEqualTo(at("2026-05-01T00:00:00Z"));
        assertThat(cancelling.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        // April's arrear fee 10.00, no May
        assertAmounts(SubscriptionCharges.atBoundary(cancelling, Map.of()), "10.00");
        assertThat(cancelling.nextPeriod()).isEmpty();
        assertThat(cancelling.advancedTo(at("2026-05-01T00:00:00Z")).subscriptionStatus())
                .isEqualTo(SubscriptionStatus.CANCELLED);
    }

    @Test
    void trialEndingMidPeriodChargesOnlyTheTimeAfterTheTrialAndReadsUsageFromItsEnd() {
        Subscription subscription = aSubscription().calendar().startingAt("2026-01-01T00:00:00Z")
                .trialUntil("2026-01-11T00:00:00Z").to(fixedAdvance("31.00"), usagePerUnit("0.10")).build();

        assertThat(subscription.subscriptionStatus()).isEqualTo(SubscriptionStatus.TRIALING);
        assertThat(subscription.currentPeriod()).isEqualTo(period("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z"));
        // January 11..31 is 21 of 31 days: 31.00 x 21/31 = 21.00
        List<ChargeLine> first = SubscriptionCharges.atCreation(subscription);
        assertAmounts(first, "21.00");
        assertThat(first.get(0).servicePeriod()).isEqualTo(period("2026-01-11T00:00:00Z", "2026-02-01T00:00:00Z"));
        assertThat(SubscriptionCharges.usageWindows(subscription, subscription.currentPeriod())).singleElement()
                .satisfies(w -> assertThat(w.period()).isEqualTo(period("2026-01-11T00:00:00Z", "2026-02-01T00:00:00Z")));
        assertThat(subscription.advancedTo(at("2026-01-12T00:00:00Z")).subscriptionStatus())
                .isEqualTo(SubscriptionStatus.ACTIVE);
        // at February 1st: usage 100 x 0.10 = 10.00 for January, then February whole 31.00
        assertAmounts(SubscriptionCharges.atBoundary(subscription, usageOf(subscription, "100")), "10.00", "31.00");
    }

    @Test
    void usageExactlyOnATierBoundaryStaysInTheLowerTier() {
        ListedPrice slab = usage(Prices.aPrice().tiered(TierMode.SLAB, Prices.tier("1000", "0.01", null),
                Prices.tier(null, "0.005", null)).build());
        ListedPrice volume = usage(Prices.aPrice().tiered(TierMode.VOLUME, Prices.tier("1000", "0.01", "5.00"),
                Prices.tier(null, "0.008", null)).build());
        Subscription subscription = aSubscription().to(slab, volume).build();

        List<ChargeLine> onBoundary = SubscriptionCharges.arrear(subscription, subscription.currentPeriod(),
                usageOf(subscription, "1000"));
        List<ChargeLine> justAbove = SubscriptionCharges.arrear(subscription, subscription.currentPeriod(),
                usageOf(subscription, "1001"));

        // slab: 1000 x 0.01 = 10.00; volume: 1000 x 0.01 + 5.00 flat = 15.00
        assertAmounts(onBoundary, "10.00", "15.00");
        // slab: 10.00 + 1 x 0.005 = 10.005; volume: 1001 x 0.008 = 8.008
        assertAmounts(justAbove, "10.005", "8.008");
    }

    @Test
    void zeroUsageGivesAZeroLineNotAMissingLine() {
        Subscription subscription = aSubscription().to(fixedAdvance("30.00"), usagePerUnit("0.50")).build();

        List<ChargeLine> boundary = SubscriptionCharges.atBoundary(subscription, usageOf(subscription, "0"));

        assertThat(boundary).extracting(ChargeLine::kind).containsExactly(ChargeKind.USAGE, ChargeKind.FIXED);
        assertThat(boundary.get(0).quantity()).isEqualByComparingTo("0");
        assertThat(boundary.get(0).amount().isZero()).isTrue();
        assertThatThrownBy(() -> SubscriptionCharges.atBoundary(subscription, Map.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void twoCurrenciesAreNeverMixedOnASubscription() {
        ListedPrice usd = fixedAdvance("30.00");
        ListedPrice eur = listed(PLAN, Prices.aPrice().type(PriceType.FIXED).flatFee("25.00").currency(EUR)
                .invoiceCadence(InvoiceCadence.ADVANCE).build(), null, "Fee");

        Subscription inEuros = aSubscription().in(EUR).to(usd, eur).build();

        assertThat(inEuros.lineItems()).singleElement().satisfies(line -> assertThat(line.priceId()).isEqualTo(eur.id()));
        assertThat(SubscriptionCharges.atCreation(inEuros)).singleElement().satisfies(line -> {
            assertThat(line.amount().currency()).isEqualTo(EUR);
            assertThat(line.amount().amount()).isEqualByComparingTo("25.00");
        });
        assertThatThrownBy(() -> aSubscription().in(EUR).to(usd).build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("plan_id"));
        SubscriptionLineItem dollars = SubscriptionLineItem.snapshot(Subscriptions.newLineId(),
                LineItemEntityType.SUBSCRIPTION, inEuros.id().value(), usd, null, null, inEuros.startDate(), null, null,
                CHANGE);
        assertThatThrownBy(() -> inEuros.withLineItem(dollars, CHANGE))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly("price_id"));
    }

    @Test
    void advanceAndArrearChargesOfOneBoundaryComeTogetherWithTheirOwnServicePeriods() {
        Subscription subscription = aSubscription().startingAt("2026-01-01T00:00:00Z")
                .to(fixedAdvance("30.00"), fixedArrear("10.00"), usagePerUnit("0.50")).build();

        List<ChargeLine> boundary = SubscriptionCharges.atBoundary(subscription, usageOf(subscription, "100"));

        // January in arrear: support 10.00, usage 100 x 0.50 = 50.00; February in advance: 30.00
        assertAmounts(boundary, "10.00", "50.00", "30.00");
        Period january = period("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");
        Period february = period("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z");
        assertThat(boundary).extracting(ChargeLine::servicePeriod).containsExactly(january, january, february);
        assertThat(boundary).extracting(ChargeLine::cadence)
                .containsExactly(InvoiceCadence.ARREAR, InvoiceCadence.ARREAR, InvoiceCadence.ADVANCE);
    }

    @Test
    void usageAboveTheCommitmentCostsTheOverageFactorOnThePartBeyondIt() {
        Subscription subscription = aSubscription().to(usagePerUnit("1.00"))
                .commitment(new Commitment(new BigDecimal("100"), new BigDecimal("1.5"), false)).build();

        List<ChargeLine> lines = SubscriptionCharges.arrear(subscription, subscription.currentPeriod(),
                usageOf(subscription, "150"));

        // 150.00 of usage; the 50.00 beyond the commitment costs 0.5 more: 25.00, so 175 = 100 + 50 x 1.5
        assertAmounts(lines, "150.00", "25.00");
        assertThat(lines.get(1).kind()).isEqualTo(ChargeKind.COMMITMENT_OVERAGE);
        assertThat(lines.get(1).quantity()).isEqualByComparingTo("50");
    }

    @Test
    void usageBelowTheCommitmentIsTrueUpToItAndAPartialPeriodProratesTheCommitment() {
        Commitment trueUp = new Commitment(new BigDecimal("100"), null, true);
        Subscription whole = aSubscription().to(usagePerUnit("1.00")).commitment(trueUp).build();
        Subscription partial = aSubscription().calendar().startingAt("2026-01-15T00:00:00Z").to(usagePerUnit("1.00"))
                .commitment(trueUp).build();

        List<ChargeLine> lines = SubscriptionCharges.arrear(whole, whole.currentPeriod(), usageOf(whole, "40"));
        List<ChargeLine> prorated = SubscriptionCharges.arrear(partial, partial.currentPeriod(), usageOf(partial, "0"));

        // 100 - 40 = 60.00
        assertAmounts(lines, "40.00", "60.00");
        assertThat(lines.get(1).kind()).isEqualTo(ChargeKind.COMMITMENT_TRUE_UP);
        // January 15..31: 100 x 17/31 = 1700/31 = 54.838709677419 (at 12 places)
        assertAmounts(prorated, "0", "54.838709677419");
    }

    @Test
    void pauseCreditsThePausedRestOfAnAdvancePeriodAndLeavesThePausedDaysOutOfTheNext() {
        Subscription subscription = aSubscription().startingAt("2026-04-01T00:00:00Z").to(fixedAdvance("30.00"))
                .build();
        Instant pauseAt = at("2026-04-21T00:00:00Z");
        Subscription before = subscription.advancedTo(pauseAt);

        Subscription paused = before.paused(SubscriptionPauseId.of("pause_1"), PauseMode.IMMEDIATE, null,
                at("2026-05-11T00:00:00Z"), "holiday", null, pauseAt, CHANGE);

        assertThat(paused.subscriptionStatus()).isEqualTo(SubscriptionStatus.PAUSED);
        // April 21..30 is 10 of 30 days: 30.00 x 10/30 = 10.00 credited
        assertAmounts(SubscriptionCharges.reprice(before, paused), "-10.00");
        // May without May 1..10: 21 of 31 days, 30.00 x 21/31 = 630/31 = 20.322580645161
        assertAmounts(SubscriptionCharges.atBoundary(paused, Map.of()), "20.322580645161");
        assertThat(paused.currentPeriod()).isEqualTo(before.currentPeriod());
        assertThat(paused.advancedTo(at("2026-05-11T00:00:00Z")).subscriptionStatus())
                .isEqualTo(SubscriptionStatus.ACTIVE);

        Instant resumeAt = at("2026-04-26T00:00:00Z");
        Subscription pausedThen = paused.advancedTo(resumeAt);
        Subscription resumed = pausedThen.resumed(resumeAt, CHANGE);
        assertThat(resumed.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        // resumed early: April 26..30, 5 of 30 days, is charged again: 5.00
        assertAmounts(SubscriptionCharges.reprice(pausedThen, resumed), "5.00");
    }

    @Test
    void upgradeToOtherBillingTermsRestartsTheCycleAndSettlesTheCutPeriod() {
        PlanId annual = PlanId.of("plan_annual");
        Subscription monthly = aSubscription().startingAt("2026-04-01T00:00:00Z")
                .to(fixedAdvance("30.00"), usagePerUnit("1.00")).build();
        Instant changeAt = at("2026-04-11T00:00:00Z");
        Subscription before = monthly.advancedTo(changeAt);
        ListedPrice yearly = listed(annual, Prices.aPrice().type(PriceType.FIXED).flatFee("365.00")
                .billingPeriod(io.flexprice.domain.pricing.BillingPeriod.ANNUAL)
                .invoiceCadence(InvoiceCadence.ADVANCE).build(), null, "Annual fee");
        SubscriptionBilling annualBilling = new SubscriptionBilling(before.billing().cycle(), changeAt,
                io.flexprice.domain.pricing.BillingPeriod.ANNUAL, 1, before.billing().zone());

        Subscription after = before.planChanged(annual, linesOf(annual, changeAt, yearly), annualBilling,
                ChangeTiming.IMMEDIATE, ChangeType.UPGRADE, changeAt, CHANGE);
        List<ChargeLine> charges = SubscriptionCharges.planChange(before, after, changeAt,
                ProrationBehavior.CREATE_PRORATIONS, usageOf(before, "7"));

        assertThat(after.currentPeriod()).isEqualTo(period("2026-04-11T00:00:00Z", "2027-04-11T00:00:00Z"));
        // credit April 11..30, 20/30 of 30.00 = -20.00; usage April 1..10: 7 x 1.00 = 7.00; a year in advance 365.00
        assertAmounts(charges, "-20.00", "7.00", "365.00");
    }

    @Test
    void aBillingLoopBehindTheSubscriptionChargesAPastBoundaryAsItWasCharged() {
        Subscription january = aSubscription().startingAt("2026-01-01T00:00:00Z")
                .to(fixedAdvance("30.00"), usagePerUnit("0.50")).build();
        Subscription march = january.advancedTo(at("2026-03-15T00:00:00Z"));
        Period ended = period("2026-01-01T00:00:00Z", "2026-02-01T00:00:00Z");

        List<ChargeLine> late = SubscriptionCharges.atPeriodEnd(march, ended, usageOf(march, "10"));

        // January's usage 10 x 0.50 = 5.00, February in advance 30.00: as at the boundary itself
        assertThat(late).isEqualTo(SubscriptionCharges.atBoundary(january, usageOf(january, "10")));
        assertAmounts(late, "5.00", "30.00");
        assertThat(march.periodAfter(ended)).contains(period("2026-02-01T00:00:00Z", "2026-03-01T00:00:00Z"));
    }

    private static Period period(String start, String end) {
        return new Period(Instant.parse(start), Instant.parse(end));
    }

    private static void assertAmounts(List<ChargeLine> lines, String... amounts) {
        assertThat(lines).extracting(line -> line.amount().amount().stripTrailingZeros().toPlainString())
                .containsExactly(java.util.Arrays.stream(amounts).map(a -> new BigDecimal(a).stripTrailingZeros()
                        .toPlainString()).toArray(String[]::new));
    }
}
