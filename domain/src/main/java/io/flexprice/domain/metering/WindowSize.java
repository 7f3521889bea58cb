package io.flexprice.domain.metering;

import io.flexprice.domain.common.ValidationException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Calendar windows that usage is grouped into. Boundaries are computed on the wall clock of a time
 * zone (a DAY is local midnight to local midnight, 23 or 25 hours across a DST change) and returned
 * as instants. Windows are half-open: {@code [start, next(start))}.
 */
public enum WindowSize {
    MINUTE("MINUTE", 1),
    FIFTEEN_MINUTES("15MIN", 15),
    THIRTY_MINUTES("30MIN", 30),
    HOUR("HOUR", 60),
    THREE_HOURS("3HOUR", 180),
    SIX_HOURS("6HOUR", 360),
    TWELVE_HOURS("12HOUR", 720),
    DAY("DAY", 0),
    WEEK("WEEK", 0),
    MONTH("MONTH", 0);

    private final String wireValue;
    private final int minutes;

    WindowSize(String wireValue, int minutes) {
        this.wireValue = wireValue;
        this.minutes = minutes;
    }

    public String wireValue() {
        return wireValue;
    }

    public static WindowSize fromWire(String value, String field) {
        for (WindowSize w : values()) {
            if (w.wireValue.equalsIgnoreCase(value)) {
                return w;
            }
        }
        throw ValidationException.of(field, "must be one of " + Arrays.stream(values())
                .map(WindowSize::wireValue).collect(Collectors.joining(", ")));
    }

    /**
     * The start of the window that contains {@code instant}. For MONTH, {@code anchor} (may be null)
     * moves the month boundary to the anchor's day of month and time of day; a day the month lacks
     * falls to the month's last day.
     */
    public Instant windowStart(Instant instant, ZoneId zone, Instant anchor) {
        ZonedDateTime local = instant.atZone(zone);
        return switch (this) {
            case DAY -> local.toLocalDate().atStartOfDay(zone).toInstant();
            case WEEK -> local.toLocalDate().with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
                    .atStartOfDay(zone).toInstant();
            case MONTH -> monthStart(local, zone, anchor);
            default -> {
                LocalDateTime dateTime = local.toLocalDateTime();
                int minuteOfDay = dateTime.getHour() * 60 + dateTime.getMinute();
                int floored = minuteOfDay - minuteOfDay % minutes;
                LocalDateTime start = dateTime.toLocalDate().atTime(LocalTime.of(floored / 60, floored % 60));
                yield ZonedDateTime.ofLocal(start, zone, local.getOffset()).toInstant();
            }
        };
    }

    /** The start of the window after the one starting at {@code windowStart}. */
    public Instant next(Instant windowStart, ZoneId zone, Instant anchor) {
        ZonedDateTime local = windowStart.atZone(zone);
        return switch (this) {
            case DAY -> local.toLocalDate().plusDays(1).atStartOfDay(zone).toInstant();
            case WEEK -> local.toLocalDate().plusWeeks(1).atStartOfDay(zone).toInstant();
            case MONTH -> monthBoundary(YearMonthOf.of(local).plusMonths(1), zone, anchor).toInstant();
            default -> {
                LocalDateTime nextLocal = local.toLocalDateTime().plusMinutes(minutes);
                Instant byWallClock = ZonedDateTime.ofLocal(nextLocal, zone, local.getOffset()).toInstant();
                // when clocks go back the wall clock repeats an hour: the window after 01:00 EDT is the
                // repeated 01:00 EST, which only the timeline finds
                Instant byTimeline = windowStart(windowStart.plusSeconds(minutes * 60L), zone, anchor);
                yield byTimeline.isAfter(windowStart) && byTimeline.isBefore(byWallClock) ? byTimeline : byWallClock;
            }
        };
    }

    /**
     * The starts of the consecutive windows that cover {@code [from, to)}, the first being the window
     * that contains {@code from}.
     *
     * @throws ValidationException if that takes more than {@code max} windows
     */
    public List<Instant> windowStarts(Instant from, Instant to, ZoneId zone, Instant anchor, int max) {
        List<Instant> starts = new ArrayList<>();
        for (Instant start = windowStart(from, zone, anchor); start.isBefore(to); start = next(start, zone, anchor)) {
            if (starts.size() == max) {
                throw ValidationException.of("window_size", "the time range holds more than " + max + " "
                        + wireValue + " windows; choose a larger window or a shorter range");
            }
            starts.add(start);
        }
        return starts;
    }

    private static Instant monthStart(ZonedDateTime local, ZoneId zone, Instant anchor) {
        YearMonthOf month = YearMonthOf.of(local);
        ZonedDateTime boundary = monthBoundary(month, zone, anchor);
        if (boundary.toInstant().isAfter(local.toInstant())) {
            boundary = monthBoundary(month.plusMonths(-1), zone, anchor);
        }
        return boundary.toInstant();
    }

    private static ZonedDateTime monthBoundary(YearMonthOf month, ZoneId zone, Instant anchor) {
        if (anchor == null) {
            return LocalDate.of(month.year(), month.month(), 1).atStartOfDay(zone);
        }
        ZonedDateTime anchorLocal = anchor.atZone(zone);
        LocalDate first = LocalDate.of(month.year(), month.month(), 1);
        int day = Math.min(anchorLocal.getDayOfMonth(), first.lengthOfMonth());
        return ZonedDateTime.of(first.withDayOfMonth(day), anchorLocal.toLocalTime(), zone);
    }

    private record YearMonthOf(int year, int month) {

        static YearMonthOf of(ZonedDateTime local) {
            return new YearMonthOf(local.getYear(), local.getMonthValue());
        }

        YearMonthOf plusMonths(int months) {
            int index = year * 12 + (month - 1) + months;
            return new YearMonthOf(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1);
        }
    }
}
