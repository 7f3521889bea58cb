package io.flexprice.domain.billing;

import io.flexprice.domain.common.ValidationException;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/** The share of a billing period that remains when a fixed charge changes part-way through it. */
public final class Proration {

    private static final BigInteger NANOS_PER_SECOND = BigInteger.valueOf(1_000_000_000L);

    /** How the remaining share is measured. */
    public enum Strategy {
        /**
         * The default: remaining calendar days / calendar days of the period, as dates in the customer's
         * time zone. The period's days are the dates from the start's up to, not including, the end's
         * (a period within a single date has that one day); the day of the change counts as remaining.
         * A change on the end's date, before the end's time of day, counts as a change on the last day.
         */
        DAY_BASED,
        /** Remaining time / the period's time, on the timeline and exact to the nanosecond: DST shows. */
        SECOND_BASED
    }

    private Proration() {
    }

    /**
     * The exact fraction of {@code period} that remains from {@code changeAt}: 1 at the period's start,
     * never 0 within it.
     *
     * @throws ValidationException on {@code proration_date} if {@code changeAt} is not in the period
     */
    public static Fraction fraction(Period period, Instant changeAt, Strategy strategy, ZoneId zone) {
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(changeAt, "changeAt");
        Objects.requireNonNull(strategy, "strategy");
        Objects.requireNonNull(zone, "zone");
        if (!period.contains(changeAt)) {
            throw ValidationException.of("proration_date",
                    "must be within the period [" + period.start() + ", " + period.end() + ")");
        }
        return switch (strategy) {
            case DAY_BASED -> dayBased(period, changeAt, zone);
            case SECOND_BASED -> new Fraction(nanosBetween(changeAt, period.end()),
                    nanosBetween(period.start(), period.end()));
        };
    }

    private static Fraction dayBased(Period period, Instant changeAt, ZoneId zone) {
        LocalDate firstDay = LocalDate.ofInstant(period.start(), zone);
        LocalDate endDay = max(LocalDate.ofInstant(period.end(), zone), firstDay.plusDays(1));
        LocalDate changeDay = min(LocalDate.ofInstant(changeAt, zone), endDay.minusDays(1));
        return Fraction.of(ChronoUnit.DAYS.between(changeDay, endDay), ChronoUnit.DAYS.between(firstDay, endDay));
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }

    private static BigInteger nanosBetween(Instant from, Instant to) {
        Duration elapsed = Duration.between(from, to);
        return BigInteger.valueOf(elapsed.getSeconds()).multiply(NANOS_PER_SECOND)
                .add(BigInteger.valueOf(elapsed.getNano()));
    }
}
