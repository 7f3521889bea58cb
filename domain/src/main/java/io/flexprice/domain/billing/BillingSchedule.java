package io.flexprice.domain.billing;

import io.flexprice.domain.common.Violations;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The billing periods of a subscription: half-open {@link Period}s of {@code count} × {@code unit},
 * computed on the wall clock of the customer's time zone {@code zone} and returned as instants.
 *
 * <p>The periods are cut at a grid of boundaries, each computed from an origin (never from the
 * previous boundary, so nothing drifts): boundary k is the origin plus k × count units.
 * <ul>
 *   <li>{@link BillingCycle#ANNIVERSARY}: the origin is the anchor's local date and time. A day of
 *       month that a month lacks falls to its last day and comes back in later months: an anchor on
 *       Jan 31 gives Feb 28 (29 in a leap year), Mar 31, Apr 30; an annual anchor on Feb 29 gives
 *       Feb 28 in common years and Feb 29 again in leap years.</li>
 *   <li>{@link BillingCycle#CALENDAR}: the origin is the first calendar boundary of the unit at or
 *       after the anchor (see {@link PeriodUnit}); with a count of 1 that is every calendar boundary.
 *       With a count above 1 the grid counts from that boundary: every 2 months anchored on Jan 15
 *       cuts at Feb 1, Apr 1, Jun 1 ... and one anchored on Feb 1 at Feb 1, Apr 1 ...</li>
 * </ul>
 * The first period of a subscription runs from its start to the next boundary, so it is partial
 * when the start is not on the grid ({@link #firstPeriod}).
 *
 * <p>Daylight saving time: a boundary keeps its wall-clock time, so a DAILY period is 23 or 25 hours
 * across a change. A boundary whose local time does not exist (it falls in a spring-forward gap)
 * moves forward by the length of the gap, as {@link ZonedDateTime#of} does: 00:30 on a day that
 * jumps from 00:00 to 01:00 becomes 01:30. A boundary whose local time occurs twice (a fall-back
 * overlap) is its first occurrence, the earlier offset, also as {@link ZonedDateTime#of} does.
 */
public record BillingSchedule(PeriodUnit unit, int count, BillingCycle cycle, Instant anchor, ZoneId zone) {

    /** The most units in one period: more is a mistake, and far more would run past java.time's last year. */
    public static final int MAX_COUNT = 1000;

    public BillingSchedule {
        new Violations()
                .require(unit != null, "billing_period", "is required")
                .require(count >= 1 && count <= MAX_COUNT, "billing_period_count",
                        "must be between 1 and " + MAX_COUNT)
                .require(cycle != null, "billing_cycle", "is required")
                .require(anchor != null, "billing_anchor", "is required")
                .require(zone != null, "customer_timezone", "is required")
                .throwIfAny();
    }

    /** The period of the grid that contains {@code instant}, before the anchor as well as after it. */
    public Period periodContaining(Instant instant) {
        LocalDateTime origin = origin();
        long k = Math.floorDiv(unit.roughUnitsBetween(origin, instant.atZone(zone).toLocalDateTime()), count);
        while (boundary(origin, k).isAfter(instant)) {
            k--;
        }
        while (!boundary(origin, k + 1).isAfter(instant)) {
            k++;
        }
        return new Period(boundary(origin, k), boundary(origin, k + 1));
    }

    /** A subscription's first period: from its start to the next boundary; partial unless the start is one. */
    public Period firstPeriod(Instant subscriptionStart) {
        return new Period(subscriptionStart, periodContaining(subscriptionStart).end());
    }

    /**
     * The period after {@code period}: from its end to the next boundary. For a period of this schedule
     * that is the next whole period, so periods chain without gaps or overlaps.
     */
    public Period nextPeriod(Period period) {
        return new Period(period.end(), periodContaining(period.end()).end());
    }

    private LocalDateTime origin() {
        LocalDateTime anchorLocal = anchor.atZone(zone).toLocalDateTime();
        return cycle == BillingCycle.ANNIVERSARY ? anchorLocal : unit.calendarBoundaryAtOrAfter(anchorLocal);
    }

    private Instant boundary(LocalDateTime origin, long index) {
        return ZonedDateTime.of(unit.plus(origin, index * count), zone).toInstant();
    }
}
