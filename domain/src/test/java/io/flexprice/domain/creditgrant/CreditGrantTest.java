package io.flexprice.domain.creditgrant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.Credits;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;

class CreditGrantTest {

    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static CreditGrant grant(CreditGrantCadence cadence, CreditGrantPeriod period, Integer count,
                                     CreditGrantExpiryType expiry, Integer duration,
                                     CreditGrantExpiryDurationUnit unit, Instant startDate) {
        return new CreditGrant(CreditGrantId.of("cg_1"), Scope.of("t", "e"), "Grant", CreditGrantScope.PLAN,
                PlanId.of("plan_1"), null, Credits.of("100"), cadence, period, count, expiry, duration, unit, null,
                null, null, startDate, null, null, Status.PUBLISHED, Audit.createdBy("a", CREATED));
    }

    @Test
    void everyTwoMonthsFromJanuary31stFallsToTheMonthsLastDayAndComesBack() {
        CreditGrant grant = grant(CreditGrantCadence.RECURRING, CreditGrantPeriod.MONTHLY, 2,
                CreditGrantExpiryType.NEVER, null, null, null);
        Instant jan31 = Instant.parse("2024-01-31T10:00:00Z");

        Period first = grant.firstPeriod(jan31, ZoneId.of("UTC"));
        Period second = grant.periodAfter(first, jan31, ZoneId.of("UTC"));

        // Jan 31 + 2 months = Mar 31; + 4 months = May 31 (every boundary counted from the anchor)
        assertThat(first).isEqualTo(new Period(jan31, Instant.parse("2024-03-31T10:00:00Z")));
        assertThat(second).isEqualTo(new Period(Instant.parse("2024-03-31T10:00:00Z"),
                Instant.parse("2024-05-31T10:00:00Z")));
    }

    @Test
    void aGrantStartingAfterTheSubscriptionFirstAppliesInThePeriodContainingItsStart() {
        Instant start = Instant.parse("2024-02-10T00:00:00Z");
        CreditGrant grant = grant(CreditGrantCadence.RECURRING, CreditGrantPeriod.MONTHLY, null,
                CreditGrantExpiryType.NEVER, null, null, start);
        Instant subscribed = Instant.parse("2024-01-05T00:00:00Z");

        assertThat(grant.effectiveFrom(subscribed)).isEqualTo(start);
        assertThat(grant.firstPeriod(subscribed, ZoneId.of("UTC"))).isEqualTo(new Period(
                Instant.parse("2024-02-05T00:00:00Z"), Instant.parse("2024-03-05T00:00:00Z")));
    }

    @Test
    void aDurationExpiryKeepsTheWallClockAcrossTheSpringDaylightSavingChange() {
        CreditGrant grant = grant(CreditGrantCadence.ONETIME, null, null, CreditGrantExpiryType.DURATION, 1,
                CreditGrantExpiryDurationUnit.WEEK, null);

        // Mar 25 2024 09:00 CET (08:00Z) + 1 week = Apr 1 09:00 CEST (07:00Z): the week is 167 hours
        assertThat(grant.expiryFor(Instant.parse("2024-03-25T08:00:00Z"), null, BERLIN))
                .isEqualTo(Instant.parse("2024-04-01T07:00:00Z"));
    }

    @Test
    void aBillingCycleExpiryIsTheBillingPeriodsEndAndNeverIsNone() {
        Period billing = new Period(Instant.parse("2024-03-01T00:00:00Z"), Instant.parse("2024-04-01T00:00:00Z"));

        assertThat(grant(CreditGrantCadence.ONETIME, null, null, CreditGrantExpiryType.BILLING_CYCLE, null, null,
                null).expiryFor(Instant.parse("2024-03-10T00:00:00Z"), billing, BERLIN)).isEqualTo(billing.end());
        assertThat(grant(CreditGrantCadence.ONETIME, null, null, null, null, null, null)
                .expiryFor(Instant.parse("2024-03-10T00:00:00Z"), billing, BERLIN)).isNull();
    }

    @Test
    void aPlanGrantNamingASubscriptionIsRefusedWithEveryField() {
        assertThatThrownBy(() -> new CreditGrant(CreditGrantId.of("cg_1"), Scope.of("t", "e"), null,
                CreditGrantScope.PLAN, null, SubscriptionId.of("subs_1"), Credits.of("-1"), null, null, null, null,
                null, null, null, null, null, null, null, null, Status.PUBLISHED, Audit.createdBy("a", CREATED)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations())
                        .extracting(ValidationException.Violation::field)
                        .containsExactlyInAnyOrder("name", "credits", "cadence", "plan_id", "subscription_id"));
    }

    @Test
    void eachApplicationHasItsReasonAndAStableIdempotencyKey() {
        CreditGrant recurring = grant(CreditGrantCadence.RECURRING, CreditGrantPeriod.DAILY, null,
                CreditGrantExpiryType.NEVER, null, null, null);

        assertThat(recurring.reasonFor(0)).isEqualTo(CreditGrantApplicationReason.FIRST_TIME_RECURRING_CREDIT_GRANT);
        assertThat(recurring.reasonFor(3)).isEqualTo(CreditGrantApplicationReason.RECURRING_CREDIT_GRANT);
        assertThat(recurring.idempotencyKey(SubscriptionId.of("subs_9"), 3)).isEqualTo("credit_grant:cg_1:subs_9:3");
        assertThat(CreditGrantPeriod.fromWire("half_yearly")).isEqualTo(CreditGrantPeriod.HALF_YEARLY);
        assertThatThrownBy(() -> CreditGrantExpiryType.fromWire("SOMETIMES"))
                .isInstanceOf(ValidationException.class).hasMessageContaining("BILLING_CYCLE");
    }
}
