package io.flexprice.domain.entitlement;

import static io.flexprice.domain.entitlement.Entitlements.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.Subscription;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class UsageResetWindowTest {

    private static Instant at(String instant) {
        return Instant.parse(instant);
    }

    @Test
    void aMonthlyResetOnAMonthlyAnniversarySubscriptionIsItsBillingPeriodAcrossTheSpringDstChange() {
        // anchored Jan 15 10:00 Berlin (09:00Z); Berlin moves to UTC+2 on Mar 29 2026, so Apr 15 10:00 is 08:00Z
        Subscription s = subscription("2026-01-15T09:00:00Z", BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY,
                "Europe/Berlin");

        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.MONTHLY, at("2026-03-20T12:00:00Z"));
        UsageResetWindow billingPeriod = UsageResetWindow.of(s, null, at("2026-03-20T12:00:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-03-15T09:00:00Z"), at("2026-04-15T08:00:00Z")));
        assertThat(window.nextResetAt()).isEqualTo(at("2026-04-15T08:00:00Z"));
        assertThat(billingPeriod).isEqualTo(window);
    }

    @Test
    void aDailyResetRunsFromLocalMidnightToLocalMidnight() {
        Subscription s = subscription("2026-01-15T09:00:00Z", BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY,
                "Europe/Berlin");

        // 23:30Z on Mar 20 is 00:30 on Mar 21 in Berlin (UTC+1): the day Mar 21 00:00 .. Mar 22 00:00 local
        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.DAILY, at("2026-03-20T23:30:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-03-20T23:00:00Z"), at("2026-03-21T23:00:00Z")));
        assertThat(window.nextResetAt()).isEqualTo(at("2026-03-21T23:00:00Z"));
    }

    @Test
    void aCalendarSubscriptionStartedMidMonthCountsFromItsStartNotFromTheFirst() {
        Subscription s = subscription("2026-01-15T00:00:00Z", BillingCycle.CALENDAR, BillingPeriod.MONTHLY, "UTC");

        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.MONTHLY, at("2026-01-20T00:00:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-01-15T00:00:00Z"), at("2026-02-01T00:00:00Z")));
    }

    @Test
    void aMonthlyResetOnAnAnnualSubscriptionFollowsItsAnchorDay() {
        Subscription s = subscription("2026-01-15T00:00:00Z", BillingCycle.ANNIVERSARY, BillingPeriod.ANNUAL, "UTC");

        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.MONTHLY, at("2026-03-01T00:00:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-02-15T00:00:00Z"), at("2026-03-15T00:00:00Z")));
    }

    @Test
    void aWeeklyResetOnACalendarSubscriptionRunsMondayToMonday() {
        Subscription s = subscription("2026-01-01T00:00:00Z", BillingCycle.CALENDAR, BillingPeriod.MONTHLY, "UTC");

        // Thursday Jan 22 2026: the week of Monday Jan 19
        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.WEEKLY, at("2026-01-22T10:00:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-01-19T00:00:00Z"), at("2026-01-26T00:00:00Z")));
    }

    @Test
    void neverResettingUsageCountsFromTheStartWithNoReset() {
        Subscription s = subscription("2026-01-01T00:00:00Z", BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, "UTC");

        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.NEVER, at("2026-06-01T00:00:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-01-01T00:00:00Z"), UsageResetWindow.OPEN_END));
        assertThat(window.nextResetAt()).isNull();
    }

    @Test
    void theWindowStopsAtACancellationInsideIt() {
        Subscription s = subscription("2026-01-01T00:00:00Z", BillingCycle.ANNIVERSARY, BillingPeriod.MONTHLY, "UTC")
                .withCancellation(false, at("2026-01-20T00:00:00Z"), at("2026-01-05T00:00:00Z"),
                        Audit.createdBy("test", at("2026-01-05T00:00:00Z")));

        UsageResetWindow window = UsageResetWindow.of(s, UsageResetPeriod.MONTHLY, at("2026-01-10T00:00:00Z"));

        assertThat(window.period()).isEqualTo(new Period(at("2026-01-01T00:00:00Z"), at("2026-01-20T00:00:00Z")));
        assertThat(window.nextResetAt()).isEqualTo(at("2026-01-20T00:00:00Z"));
    }
}
