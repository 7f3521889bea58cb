package io.flexprice.domain.billing;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;

/**
 * The unit a billing period is counted in (a period is {@code count} units). Arithmetic is on the wall
 * clock: a day is a calendar day, a month a calendar month. The pricing package's wire enum
 * {@code billing_period} maps onto this one (its ONETIME has no periods).
 */
public enum PeriodUnit {
    DAILY(ChronoUnit.DAYS, 1),
    WEEKLY(ChronoUnit.DAYS, 7),
    MONTHLY(ChronoUnit.MONTHS, 1),
    QUARTERLY(ChronoUnit.MONTHS, 3),
    HALF_YEARLY(ChronoUnit.MONTHS, 6),
    ANNUAL(ChronoUnit.MONTHS, 12);

    private final ChronoUnit base;
    private final int length;

    PeriodUnit(ChronoUnit base, int length) {
        this.base = base;
        this.length = length;
    }

    /**
     * {@code from} moved by {@code units} of this unit on the wall clock. A day of month that the target
     * month lacks becomes its last day (Jan 31 + 1 month = Feb 28 or 29).
     */
    LocalDateTime plus(LocalDateTime from, long units) {
        return from.plus(units * length, base);
    }

    /** How many whole units lie between two wall-clock times, judged by their dates alone: maybe one too many. */
    long roughUnitsBetween(LocalDateTime from, LocalDateTime to) {
        long between = base == ChronoUnit.DAYS
                ? ChronoUnit.DAYS.between(from.toLocalDate(), to.toLocalDate())
                : ChronoUnit.MONTHS.between(YearMonth.from(from), YearMonth.from(to));
        return Math.floorDiv(between, length);
    }

    /**
     * The first calendar boundary of this unit at or after {@code time}: midnight (DAILY), Monday
     * midnight (WEEKLY), midnight on the 1st of a month, of January/April/July/October, of
     * January/July, or of January.
     */
    LocalDateTime calendarBoundaryAtOrAfter(LocalDateTime time) {
        LocalDate date = time.toLocalDate();
        LocalDate unitStart = switch (this) {
            case DAILY -> date;
            case WEEKLY -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            default -> LocalDate.of(date.getYear(), date.getMonthValue() - (date.getMonthValue() - 1) % length, 1);
        };
        LocalDateTime boundary = unitStart.atStartOfDay();
        return boundary.equals(time) ? boundary : plus(boundary, 1);
    }
}
