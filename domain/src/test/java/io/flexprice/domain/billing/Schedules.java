package io.flexprice.domain.billing;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * Test fixture: a schedule of one {@code unit} per period, on the anniversary of 2024-01-01T00:00Z in
 * UTC, unless told otherwise.
 */
public final class Schedules {

    private final PeriodUnit unit;
    private int count = 1;
    private BillingCycle cycle = BillingCycle.ANNIVERSARY;
    private Instant anchor = Instant.parse("2024-01-01T00:00:00Z");
    private ZoneId zone = ZoneOffset.UTC;

    private Schedules(PeriodUnit unit) {
        this.unit = unit;
    }

    public static Schedules aSchedule(PeriodUnit unit) {
        return new Schedules(unit);
    }

    public static Period period(String isoStart, String isoEnd) {
        return new Period(Instant.parse(isoStart), Instant.parse(isoEnd));
    }

    /** The first {@code n} periods of a subscription that starts at {@code isoStart}. */
    public static List<Period> periods(BillingSchedule schedule, String isoStart, int n) {
        List<Period> periods = new ArrayList<>();
        Period period = schedule.firstPeriod(Instant.parse(isoStart));
        for (int i = 0; i < n; i++) {
            periods.add(period);
            period = schedule.nextPeriod(period);
        }
        return periods;
    }

    public Schedules every(int value) {
        this.count = value;
        return this;
    }

    public Schedules calendar() {
        this.cycle = BillingCycle.CALENDAR;
        return this;
    }

    public Schedules anchoredAt(String isoInstant) {
        this.anchor = Instant.parse(isoInstant);
        return this;
    }

    public Schedules in(ZoneId value) {
        this.zone = value;
        return this;
    }

    public BillingSchedule build() {
        return new BillingSchedule(unit, count, cycle, anchor, zone);
    }
}
