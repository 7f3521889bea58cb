package io.flexprice.domain.entitlement;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.Period;
import io.flexprice.domain.billing.PeriodUnit;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionBilling;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The stretch of time whose usage counts against a metered entitlement at an instant, and when the count
 * starts again. All of it in the customer's zone, on the subscription's billing grid:
 *
 * <ul>
 *   <li>no reset period: the subscription's billing period containing the instant;</li>
 *   <li>the subscription's own period unit (with a period count of 1): the same;</li>
 *   <li>DAILY: the local calendar day (midnight to midnight, as FlexPrice resets daily limits);</li>
 *   <li>another unit: that unit's period on the subscription's cycle and anchor (a monthly reset on an annual
 *       anniversary subscription anchored on the 15th runs from the 15th; on a calendar one from the 1st);</li>
 *   <li>NEVER: from the subscription's start on, with no reset.</li>
 * </ul>
 * The window never starts before the subscription does, and never runs past its end (cancellation or end
 * date): the next reset is then the end, as FlexPrice "cliffs" it. Half-open, {@code [start, end)}.
 */
public record UsageResetWindow(Period period, Instant nextResetAt) {

    /** Where an entitlement that never resets ends its window when the subscription has no end. */
    public static final Instant OPEN_END = Instant.parse("9999-01-01T00:00:00Z");

    public UsageResetWindow {
        Objects.requireNonNull(period, "period");
    }

    public static UsageResetWindow of(Subscription subscription, UsageResetPeriod resetPeriod, Instant at) {
        SubscriptionBilling billing = subscription.billing();
        Optional<Instant> ends = subscription.endsAt();
        Instant start = subscription.startDate();
        if (resetPeriod == UsageResetPeriod.NEVER) {
            Instant end = ends.orElse(OPEN_END);
            return new UsageResetWindow(new Period(start, end.isAfter(start) ? end : start.plusNanos(1)), null);
        }
        BillingSchedule schedule;
        PeriodUnit unit = resetPeriod == null ? null : resetPeriod.unit().orElseThrow();
        if (unit == null || unit.name().equals(billing.period().name()) && billing.periodCount() == 1) {
            schedule = billing.schedule();
        } else if (unit == PeriodUnit.DAILY) {
            schedule = new BillingSchedule(PeriodUnit.DAILY, 1, BillingCycle.CALENDAR, billing.anchor(), billing.zone());
        } else {
            schedule = new BillingSchedule(unit, 1, billing.cycle(), billing.anchor(), billing.zone());
        }
        Instant when = at.isBefore(start) ? start : at;
        Period grid = schedule.periodContaining(when);
        Instant windowStart = grid.start().isBefore(start) ? start : grid.start();
        Instant windowEnd = grid.end();
        if (ends.isPresent() && ends.get().isBefore(windowEnd) && ends.get().isAfter(windowStart)) {
            windowEnd = ends.get();
        }
        return new UsageResetWindow(new Period(windowStart, windowEnd), windowEnd);
    }
}
