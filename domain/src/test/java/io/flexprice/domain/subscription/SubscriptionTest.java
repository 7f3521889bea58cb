package io.flexprice.domain.subscription;

import static io.flexprice.domain.subscription.Subscriptions.aSubscription;
import static io.flexprice.domain.subscription.Subscriptions.at;
import static io.flexprice.domain.subscription.Subscriptions.fixedAdvance;
import static io.flexprice.domain.subscription.Subscriptions.usage;
import static io.flexprice.domain.subscription.Subscriptions.usagePerUnit;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.Prices;
import io.flexprice.domain.pricing.TierMode;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionTest {

    private static final Audit CHANGE = Audit.createdBy("test", Instant.parse("2026-01-01T00:00:00Z"));

    @Test
    void lineItemsSnapshotThePlanPricesWithTheOverridesApplied() {
        ListedPrice fee = fixedAdvance("30.00");
        ListedPrice tokens = usagePerUnit("0.10");

        Subscription subscription = aSubscription().to(fee, tokens)
                .override(new PriceOverride(fee.id(), null, new BigDecimal("3"), null, null, null, null))
                .override(new PriceOverride(tokens.id(), null, null, BillingModel.TIERED, TierMode.VOLUME,
                        List.of(Prices.tier("100", "0.05", null), Prices.tier(null, "0.01", null)), null))
                .build();

        SubscriptionLineItem feeLine = subscription.lineItems().get(0);
        SubscriptionLineItem tokenLine = subscription.lineItems().get(1);
        assertThat(feeLine.priceId()).isEqualTo(fee.id());
        assertThat(feeLine.quantity()).isEqualByComparingTo("3");
        assertThat(feeLine.terms()).isEqualTo(fee.terms());
        assertThat(feeLine.entityType()).isEqualTo(LineItemEntityType.PLAN);
        assertThat(feeLine.startDate()).isEqualTo(subscription.startDate());
        assertThat(tokenLine.meterId()).isEqualTo(tokens.meterId());
        assertThat(tokenLine.quantity()).isEqualByComparingTo("0");
        assertThat(tokenLine.terms().billingModel()).isEqualTo(BillingModel.TIERED);
        assertThat(tokenLine.terms().amount()).isNull();
        // 3 x 30.00 = 90.00 in advance for the first (whole) period
        assertThat(SubscriptionCharges.atCreation(subscription).get(0).amount().amount()).isEqualByComparingTo("90");
    }

    @Test
    void overridesOfPricesOutsideThePlanOrMakingAnInvalidPriceAreAllReported() {
        ListedPrice fee = fixedAdvance("30.00");
        ListedPrice tokens = usage(Prices.aPrice().flatFee("0.10").build());

        assertThatThrownBy(() -> aSubscription().to(fee, tokens)
                .override(new PriceOverride(PriceId.of("price_elsewhere"), BigDecimal.ONE, null, null, null, null,
                        null))
                .override(new PriceOverride(tokens.id(), null, null, BillingModel.TIERED, null, null, null))
                .build())
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field).containsExactly(
                                "override_line_items[0].price_id", "override_line_items[1].tier_mode",
                                "override_line_items[1].tiers"));
    }

    @Test
    void aDraftOwesNothingUntilActivatedFromItsNewStart() {
        Subscription draft = aSubscription().draft().to(fixedAdvance("30.00")).build();

        assertThat(draft.subscriptionStatus()).isEqualTo(SubscriptionStatus.DRAFT);
        assertThat(SubscriptionCharges.atCreation(draft)).isEmpty();
        assertThat(draft.advancedTo(at("2026-06-01T00:00:00Z"))).isEqualTo(draft);
        Subscription active = draft.activated(at("2026-03-10T00:00:00Z"), at("2026-03-10T00:00:00Z"), CHANGE);
        assertThat(active.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(active.currentPeriod().start()).isEqualTo(at("2026-03-10T00:00:00Z"));
        assertThat(active.lineItems().get(0).startDate()).isEqualTo(at("2026-03-10T00:00:00Z"));
        assertThatThrownBy(() -> active.activated(at("2026-03-11T00:00:00Z"), at("2026-03-11T00:00:00Z"), CHANGE))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_INVALID_STATE));
    }

    @Test
    void aCancelledSubscriptionRefusesEveryChangeAndStaysCancelled() {
        Subscription cancelled = aSubscription().to(fixedAdvance("30.00")).build()
                .cancelled(CancellationType.IMMEDIATE, at("2026-01-10T00:00:00Z"), CHANGE);

        assertThat(cancelled.advancedTo(at("2027-01-01T00:00:00Z"))).isEqualTo(cancelled);
        assertThat(cancelled.lineItems().get(0).endDate()).isEqualTo(at("2026-01-10T00:00:00Z"));
        Instant later = at("2026-01-11T00:00:00Z");
        assertThatThrownBy(() -> cancelled.cancelled(CancellationType.IMMEDIATE, later, CHANGE))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.paused(SubscriptionPauseId.of("p"), PauseMode.IMMEDIATE, null, null,
                null, null, later, CHANGE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.resumed(later, CHANGE)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> cancelled.requireChangeable(io.flexprice.domain.plan.PlanId.of("plan_other")))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aScheduledCancellationCanBeClearedAndASecondPauseIsRefused() {
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build();
        Instant now = at("2026-01-10T00:00:00Z");

        Subscription scheduled = subscription.withCancellation(true, null, now, CHANGE);
        Subscription cleared = scheduled.withCancellation(false, null, now, CHANGE);
        Subscription paused = cleared.paused(SubscriptionPauseId.of("p1"), PauseMode.PERIOD_END, null, null, null,
                null, now, CHANGE);

        assertThat(scheduled.cancelAt()).isEqualTo(at("2026-02-01T00:00:00Z"));
        assertThat(cleared.cancelAt()).isNull();
        assertThat(cleared.cancelAtPeriodEnd()).isFalse();
        assertThat(paused.pauseStatus()).isEqualTo(PauseStatus.SCHEDULED);
        assertThat(paused.openPause().orElseThrow().pauseStart()).isEqualTo(at("2026-02-01T00:00:00Z"));
        assertThatThrownBy(() -> paused.paused(SubscriptionPauseId.of("p2"), PauseMode.IMMEDIATE, null, null, null,
                null, now, CHANGE)).isInstanceOf(ConflictException.class);
        assertThat(paused.advancedTo(at("2026-02-02T00:00:00Z")).subscriptionStatus())
                .isEqualTo(SubscriptionStatus.PAUSED);
        assertThatThrownBy(() -> subscription.withCancellation(null, at("2026-01-05T00:00:00Z"), now, CHANGE))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void clearingACancelAtGivesTheCurrentPeriodItsScheduledEndBack() {
        // monthly, anniversary from 2026-01-01: the current period is [Jan 1, Feb 1)
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build();
        Instant now = at("2026-01-10T00:00:00Z");

        Subscription cut = subscription.withCancellation(null, at("2026-01-20T00:00:00Z"), now, CHANGE);
        Subscription cleared = cut.withCancellation(false, null, now, CHANGE);
        Subscription atPeriodEnd = cut.withCancellation(true, null, now, CHANGE);

        assertThat(cut.currentPeriod().end()).isEqualTo(at("2026-01-20T00:00:00Z"));
        assertThat(cleared.cancelAt()).isNull();
        assertThat(cleared.currentPeriod()).isEqualTo(subscription.currentPeriod());
        assertThat(cleared.currentPeriod().end()).isEqualTo(at("2026-02-01T00:00:00Z"));
        assertThat(atPeriodEnd.cancelAt()).isEqualTo(at("2026-02-01T00:00:00Z"));
        assertThat(atPeriodEnd.currentPeriod().end()).isEqualTo(at("2026-02-01T00:00:00Z"));
    }

    @Test
    void aPauseCarriesItsOwnAuditFromThePauseRequestNotTheSubscriptions() {
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build();
        Instant asked = at("2026-01-10T00:00:00Z");
        Instant resumedAt = at("2026-01-12T00:00:00Z");

        Subscription paused = subscription.paused(SubscriptionPauseId.of("p1"), PauseMode.IMMEDIATE, null, null,
                null, null, asked, subscription.audit().updatedBy("ops", asked));
        Subscription resumed = paused.resumed(resumedAt, paused.audit().updatedBy("support", resumedAt));

        SubscriptionPause pause = paused.pauses().get(0);
        assertThat(subscription.audit().createdAt()).isNotEqualTo(asked);
        assertThat(pause.audit()).isEqualTo(new Audit(asked, "ops", asked, "ops"));
        assertThat(resumed.pauses().get(0).audit()).isEqualTo(new Audit(asked, "ops", resumedAt, "support"));
    }

    @Test
    void aLineItemIsEndedReplacedOrFoundMissing() {
        Subscription subscription = aSubscription().to(fixedAdvance("30.00")).build();
        SubscriptionLineItem fee = subscription.lineItems().get(0);
        Instant from = at("2026-01-16T00:00:00Z");

        Subscription replaced = subscription.withLineItemReplaced(fee.id(),
                fee.replacement(SubscriptionLineItemId.of("line_2"), fee.terms(), new BigDecimal("2"), from, null,
                        CHANGE),
                CHANGE);

        assertThat(replaced.lineItems()).hasSize(2);
        assertThat(replaced.lineItem(fee.id()).endDate()).isEqualTo(from);
        assertThat(replaced.lineItem(SubscriptionLineItemId.of("line_2")).startDate()).isEqualTo(from);
        // January: 30.00 x 15/31 for Jan 1..15, then 2 x 30.00 x 16/31 for Jan 16..31 = 450/31 + 960/31
        assertThat(SubscriptionCharges.atCreation(replaced)).extracting(line -> line.amount().amount())
                .usingElementComparator(BigDecimal::compareTo)
                .containsExactly(new BigDecimal("14.516129032258"), new BigDecimal("30.967741935484"));
        assertThatThrownBy(() -> replaced.lineItem(SubscriptionLineItemId.of("line_none")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.SUBSCRIPTION_LINE_ITEM_NOT_FOUND));
        assertThatThrownBy(() -> replaced.withLineItemEnded(fee.id(), from, CHANGE))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void commitmentAndOverageFactorAreValidated() {
        assertThatThrownBy(() -> new Commitment(new BigDecimal("-1"), new BigDecimal("0.5"), false))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .containsExactly("commitment_amount", "overage_factor"));
        assertThat(new Commitment(null, null, false).overageFactor()).isEqualByComparingTo("1");
        assertThat(Commitment.NONE.isPresent()).isFalse();
    }
}
