package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.at;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ValidationException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class WindowSizeTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    private static Instant start(WindowSize size, String instant, ZoneId zone) {
        return size.windowStart(at(instant), zone, null);
    }

    private static Instant next(WindowSize size, String windowStart, ZoneId zone) {
        return size.next(at(windowStart), zone, null);
    }

    /** Every window start from the one containing {@code from} up to (excluding) {@code until}. */
    private static List<Instant> windowsBetween(WindowSize size, String from, String until, ZoneId zone) {
        List<Instant> starts = new ArrayList<>();
        Instant end = at(until);
        for (Instant s = size.windowStart(at(from), zone, null); s.isBefore(end); s = size.next(s, zone, null)) {
            starts.add(s);
        }
        return starts;
    }

    @Nested
    class MinuteBasedSizesInUtc {

        @ParameterizedTest(name = "{0}: {1} -> [{2}, {3})")
        @CsvSource({
                "MINUTE,         2024-01-10T12:34:56.789Z, 2024-01-10T12:34:00Z, 2024-01-10T12:35:00Z",
                "FIFTEEN_MINUTES, 2024-01-10T12:44:59Z,    2024-01-10T12:30:00Z, 2024-01-10T12:45:00Z",
                "FIFTEEN_MINUTES, 2024-01-10T12:45:00Z,    2024-01-10T12:45:00Z, 2024-01-10T13:00:00Z",
                "THIRTY_MINUTES, 2024-01-10T12:29:59Z,     2024-01-10T12:00:00Z, 2024-01-10T12:30:00Z",
                "HOUR,           2024-01-10T12:59:59Z,     2024-01-10T12:00:00Z, 2024-01-10T13:00:00Z",
                "HOUR,           2024-01-10T23:30:00Z,     2024-01-10T23:00:00Z, 2024-01-11T00:00:00Z",
                "THREE_HOURS,    2024-01-10T14:10:00Z,     2024-01-10T12:00:00Z, 2024-01-10T15:00:00Z",
                "THREE_HOURS,    2024-01-10T23:59:59Z,     2024-01-10T21:00:00Z, 2024-01-11T00:00:00Z",
                "SIX_HOURS,      2024-01-10T17:59:00Z,     2024-01-10T12:00:00Z, 2024-01-10T18:00:00Z",
                "TWELVE_HOURS,   2024-01-10T11:59:59Z,     2024-01-10T00:00:00Z, 2024-01-10T12:00:00Z",
                "TWELVE_HOURS,   2024-12-31T12:00:00Z,     2024-12-31T12:00:00Z, 2025-01-01T00:00:00Z",
        })
        void windowStartFloorsToTheSizeAndNextAddsOneSize(WindowSize size, String instant, String expectedStart,
                                                          String expectedNext) {
            Instant windowStart = start(size, instant, UTC);

            assertThat(windowStart).isEqualTo(at(expectedStart));
            assertThat(size.next(windowStart, UTC, null)).isEqualTo(at(expectedNext));
        }
    }

    @Nested
    class HalfHourOffsetZone {

        // Asia/Kolkata is UTC+05:30 all year: 04:37Z is 10:07 local.

        @Test
        void fifteenMinuteWindowsAreOnTheLocalQuarterHour() {
            // 10:07 IST -> 10:00 IST = 04:30Z; next 10:15 IST = 04:45Z
            Instant windowStart = start(WindowSize.FIFTEEN_MINUTES, "2024-01-15T04:37:00Z", KOLKATA);

            assertThat(windowStart).isEqualTo(at("2024-01-15T04:30:00Z"));
            assertThat(WindowSize.FIFTEEN_MINUTES.next(windowStart, KOLKATA, null)).isEqualTo(at("2024-01-15T04:45:00Z"));
        }

        @Test
        void hourWindowsStartOnTheLocalHourWhichIsHalfPastInUtc() {
            // 10:07 IST -> 10:00 IST = 04:30Z; next 11:00 IST = 05:30Z
            Instant windowStart = start(WindowSize.HOUR, "2024-01-15T04:37:00Z", KOLKATA);

            assertThat(windowStart).isEqualTo(at("2024-01-15T04:30:00Z"));
            assertThat(WindowSize.HOUR.next(windowStart, KOLKATA, null)).isEqualTo(at("2024-01-15T05:30:00Z"));
        }

        @Test
        void threeHourWindowsAreAlignedToLocalMidnight() {
            // 10:07 IST -> 09:00 IST = 03:30Z; next 12:00 IST = 06:30Z
            Instant windowStart = start(WindowSize.THREE_HOURS, "2024-01-15T04:37:00Z", KOLKATA);

            assertThat(windowStart).isEqualTo(at("2024-01-15T03:30:00Z"));
            assertThat(WindowSize.THREE_HOURS.next(windowStart, KOLKATA, null)).isEqualTo(at("2024-01-15T06:30:00Z"));
        }

        @Test
        void theLastThreeHourWindowOfTheLocalDayEndsAtLocalMidnight() {
            // 23:59 IST Jan 15 = 18:29Z -> 21:00 IST = 15:30Z; next Jan 16 00:00 IST = 18:30Z
            Instant windowStart = start(WindowSize.THREE_HOURS, "2024-01-15T18:29:00Z", KOLKATA);

            assertThat(windowStart).isEqualTo(at("2024-01-15T15:30:00Z"));
            assertThat(WindowSize.THREE_HOURS.next(windowStart, KOLKATA, null)).isEqualTo(at("2024-01-15T18:30:00Z"));
        }

        @Test
        void aLocalDayIsOffsetByFiveAndAHalfHours() {
            // Jan 15 02:00 IST = Jan 14 20:30Z -> day starts Jan 15 00:00 IST = Jan 14 18:30Z
            assertThat(start(WindowSize.DAY, "2024-01-14T20:30:00Z", KOLKATA)).isEqualTo(at("2024-01-14T18:30:00Z"));
        }
    }

    @Nested
    class DaylightSavingTime {

        // New York 2024: spring forward Mar 10 02:00 EST -> 03:00 EDT (07:00Z);
        //                fall back Nov 3 02:00 EDT -> 01:00 EST (06:00Z).
        // Berlin 2024:   spring forward Mar 31 02:00 CET -> 03:00 CEST (01:00Z);
        //                fall back Oct 27 03:00 CEST -> 02:00 CET (01:00Z).

        @Test
        void newYorkSpringForwardDayIs23Hours() {
            Instant dayStart = start(WindowSize.DAY, "2024-03-10T12:00:00Z", NEW_YORK);
            Instant dayEnd = WindowSize.DAY.next(dayStart, NEW_YORK, null);

            assertThat(dayStart).isEqualTo(at("2024-03-10T05:00:00Z")); // 00:00 EST
            assertThat(dayEnd).isEqualTo(at("2024-03-11T04:00:00Z")); // 00:00 EDT
            assertThat(Duration.between(dayStart, dayEnd)).isEqualTo(Duration.ofHours(23));
        }

        @Test
        void newYorkFallBackDayIs25Hours() {
            Instant dayStart = start(WindowSize.DAY, "2024-11-03T12:00:00Z", NEW_YORK);
            Instant dayEnd = WindowSize.DAY.next(dayStart, NEW_YORK, null);

            assertThat(dayStart).isEqualTo(at("2024-11-03T04:00:00Z")); // 00:00 EDT
            assertThat(dayEnd).isEqualTo(at("2024-11-04T05:00:00Z")); // 00:00 EST
            assertThat(Duration.between(dayStart, dayEnd)).isEqualTo(Duration.ofHours(25));
        }

        @Test
        void berlinSpringForwardDayIs23Hours() {
            Instant dayStart = start(WindowSize.DAY, "2024-03-31T10:00:00Z", BERLIN);
            Instant dayEnd = WindowSize.DAY.next(dayStart, BERLIN, null);

            assertThat(dayStart).isEqualTo(at("2024-03-30T23:00:00Z")); // 00:00 CET
            assertThat(dayEnd).isEqualTo(at("2024-03-31T22:00:00Z")); // 00:00 CEST
            assertThat(Duration.between(dayStart, dayEnd)).isEqualTo(Duration.ofHours(23));
        }

        @Test
        void berlinFallBackDayIs25Hours() {
            Instant dayStart = start(WindowSize.DAY, "2024-10-27T10:00:00Z", BERLIN);
            Instant dayEnd = WindowSize.DAY.next(dayStart, BERLIN, null);

            assertThat(dayStart).isEqualTo(at("2024-10-26T22:00:00Z")); // 00:00 CEST
            assertThat(dayEnd).isEqualTo(at("2024-10-27T23:00:00Z")); // 00:00 CET
            assertThat(Duration.between(dayStart, dayEnd)).isEqualTo(Duration.ofHours(25));
        }

        @Test
        void theLastInstantOfALocalDayIsStillInThatDay() {
            // 2024-03-11T03:59:59Z is 23:59:59 EDT on Mar 10
            assertThat(start(WindowSize.DAY, "2024-03-11T03:59:59Z", NEW_YORK)).isEqualTo(at("2024-03-10T05:00:00Z"));
        }

        @Test
        void newYorkHourAfterTheSpringForwardGapIsThreeOClock() {
            // 01:00 EST = 06:00Z; the next local hour is 03:00 EDT = 07:00Z (02:00 does not exist)
            assertThat(next(WindowSize.HOUR, "2024-03-10T06:00:00Z", NEW_YORK)).isEqualTo(at("2024-03-10T07:00:00Z"));
            assertThat(start(WindowSize.HOUR, "2024-03-10T07:30:00Z", NEW_YORK)).isEqualTo(at("2024-03-10T07:00:00Z"));
        }

        @Test
        void berlinHourAfterTheSpringForwardGapIsThreeOClock() {
            // 01:00 CET = 00:00Z; next is 03:00 CEST = 01:00Z
            assertThat(next(WindowSize.HOUR, "2024-03-31T00:00:00Z", BERLIN)).isEqualTo(at("2024-03-31T01:00:00Z"));
        }

        @Test
        void theSpringForwardDayHas23HourWindows() {
            assertThat(windowsBetween(WindowSize.HOUR, "2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z", NEW_YORK))
                    .hasSize(23)
                    .allSatisfy(s -> assertThat(s.atZone(NEW_YORK).getMinute()).isZero());
            assertThat(windowsBetween(WindowSize.HOUR, "2024-03-30T23:00:00Z", "2024-03-31T22:00:00Z", BERLIN))
                    .hasSize(23);
        }

        @Test
        void theRepeatedHourOfAFallBackIsTwoWindows() {
            // 01:30 EDT = 05:30Z -> 01:00 EDT = 05:00Z; 01:30 EST = 06:30Z -> 01:00 EST = 06:00Z
            assertThat(start(WindowSize.HOUR, "2024-11-03T05:30:00Z", NEW_YORK)).isEqualTo(at("2024-11-03T05:00:00Z"));
            assertThat(start(WindowSize.HOUR, "2024-11-03T06:30:00Z", NEW_YORK)).isEqualTo(at("2024-11-03T06:00:00Z"));
            // Berlin: 02:30 CEST = 00:30Z -> 00:00Z; 02:30 CET = 01:30Z -> 01:00Z
            assertThat(start(WindowSize.HOUR, "2024-10-27T00:30:00Z", BERLIN)).isEqualTo(at("2024-10-27T00:00:00Z"));
            assertThat(start(WindowSize.HOUR, "2024-10-27T01:30:00Z", BERLIN)).isEqualTo(at("2024-10-27T01:00:00Z"));
        }

        @Test
        void theHourAfterTheSecondRepeatedHourIsTwoOClockStandardTime() {
            // 01:00 EST = 06:00Z -> 02:00 EST = 07:00Z
            assertThat(next(WindowSize.HOUR, "2024-11-03T06:00:00Z", NEW_YORK)).isEqualTo(at("2024-11-03T07:00:00Z"));
            // the hour before the repeat: 00:00 EDT = 04:00Z -> 01:00 EDT = 05:00Z
            assertThat(next(WindowSize.HOUR, "2024-11-03T04:00:00Z", NEW_YORK)).isEqualTo(at("2024-11-03T05:00:00Z"));
        }

        @Test
        void theFirstRepeatedHourIsFollowedByTheSecond() {
            // 01:00 EDT = 05:00Z -> 01:00 EST = 06:00Z
            assertThat(next(WindowSize.HOUR, "2024-11-03T05:00:00Z", NEW_YORK)).isEqualTo(at("2024-11-03T06:00:00Z"));
            // Berlin: 02:00 CEST = 00:00Z -> 02:00 CET = 01:00Z
            assertThat(next(WindowSize.HOUR, "2024-10-27T00:00:00Z", BERLIN)).isEqualTo(at("2024-10-27T01:00:00Z"));
            // 15MIN: 01:45 EDT = 05:45Z -> 01:00 EST = 06:00Z
            assertThat(next(WindowSize.FIFTEEN_MINUTES, "2024-11-03T05:45:00Z", NEW_YORK))
                    .isEqualTo(at("2024-11-03T06:00:00Z"));
        }

        @Test
        void theFallBackDayHas25HourWindows() {
            assertThat(windowsBetween(WindowSize.HOUR, "2024-11-03T04:00:00Z", "2024-11-04T05:00:00Z", NEW_YORK))
                    .hasSize(25);
            assertThat(windowsBetween(WindowSize.HOUR, "2024-10-26T22:00:00Z", "2024-10-27T23:00:00Z", BERLIN))
                    .hasSize(25);
        }

        @Test
        void threeHourWindowsStretchOverTheFallBack() {
            // local 00:00-03:00 on Nov 3 is four real hours: 00:00 EDT = 04:00Z to 03:00 EST = 08:00Z
            Instant windowStart = start(WindowSize.THREE_HOURS, "2024-11-03T06:30:00Z", NEW_YORK);

            assertThat(windowStart).isEqualTo(at("2024-11-03T04:00:00Z"));
            assertThat(WindowSize.THREE_HOURS.next(windowStart, NEW_YORK, null)).isEqualTo(at("2024-11-03T08:00:00Z"));
        }
    }

    @Nested
    class Week {

        @Test
        void aWeekStartsOnMondayAtLocalMidnight() {
            // Wed Jan 17 2024 in Berlin -> Mon Jan 15 00:00 CET = Jan 14 23:00Z; next Mon Jan 22 00:00 CET
            Instant weekStart = start(WindowSize.WEEK, "2024-01-17T12:00:00Z", BERLIN);

            assertThat(weekStart).isEqualTo(at("2024-01-14T23:00:00Z"));
            assertThat(WindowSize.WEEK.next(weekStart, BERLIN, null)).isEqualTo(at("2024-01-21T23:00:00Z"));
        }

        @Test
        void mondayMidnightStartsItsOwnWeekAndSundayNightBelongsToThePrevious() {
            assertThat(start(WindowSize.WEEK, "2024-01-15T00:00:00Z", UTC)).isEqualTo(at("2024-01-15T00:00:00Z"));
            assertThat(start(WindowSize.WEEK, "2024-01-14T23:59:59Z", UTC)).isEqualTo(at("2024-01-08T00:00:00Z"));
        }

        @Test
        void aWeekWithASpringForwardIs167Hours() {
            // Mon Mar 25 00:00 CET = Mar 24 23:00Z -> Mon Apr 1 00:00 CEST = Mar 31 22:00Z
            Instant weekStart = start(WindowSize.WEEK, "2024-03-28T12:00:00Z", BERLIN);
            Instant weekEnd = WindowSize.WEEK.next(weekStart, BERLIN, null);

            assertThat(weekStart).isEqualTo(at("2024-03-24T23:00:00Z"));
            assertThat(weekEnd).isEqualTo(at("2024-03-31T22:00:00Z"));
            assertThat(Duration.between(weekStart, weekEnd)).isEqualTo(Duration.ofHours(167));
        }
    }

    @Nested
    class Month {

        @Test
        void withoutAnAnchorAMonthStartsOnTheFirstAtLocalMidnight() {
            // Feb 15 2024 in New York -> Feb 1 00:00 EST = 05:00Z; next Mar 1 00:00 EST; then Apr 1 00:00 EDT
            Instant monthStart = start(WindowSize.MONTH, "2024-02-15T12:00:00Z", NEW_YORK);
            Instant march = WindowSize.MONTH.next(monthStart, NEW_YORK, null);

            assertThat(monthStart).isEqualTo(at("2024-02-01T05:00:00Z"));
            assertThat(march).isEqualTo(at("2024-03-01T05:00:00Z"));
            assertThat(WindowSize.MONTH.next(march, NEW_YORK, null)).isEqualTo(at("2024-04-01T04:00:00Z"));
        }

        @Test
        void theMonthIsTheLocalMonthNotTheUtcOne() {
            // 2024-03-01T03:00Z is Feb 29 22:00 EST: still February in New York
            assertThat(start(WindowSize.MONTH, "2024-03-01T03:00:00Z", NEW_YORK)).isEqualTo(at("2024-02-01T05:00:00Z"));
        }

        @Test
        void decemberIsFollowedByJanuaryOfTheNextYear() {
            assertThat(next(WindowSize.MONTH, "2024-12-01T00:00:00Z", UTC)).isEqualTo(at("2025-01-01T00:00:00Z"));
        }

        @Test
        void anAnchorOnThe31stFallsToTheLastDayOfShortMonthsAndComesBack() {
            // 2024 is a leap year: Jan 31 -> Feb 29 -> Mar 31 -> Apr 30 -> May 31; the anchor's 10:00 is kept
            Instant anchor = at("2024-01-31T10:00:00Z");
            List<Instant> starts = new ArrayList<>();
            Instant s = WindowSize.MONTH.windowStart(at("2024-02-10T00:00:00Z"), UTC, anchor);
            for (int i = 0; i < 5; i++) {
                starts.add(s);
                s = WindowSize.MONTH.next(s, UTC, anchor);
            }

            assertThat(starts).containsExactly(
                    at("2024-01-31T10:00:00Z"),
                    at("2024-02-29T10:00:00Z"),
                    at("2024-03-31T10:00:00Z"),
                    at("2024-04-30T10:00:00Z"),
                    at("2024-05-31T10:00:00Z"));
        }

        @Test
        void anAnchorOnThe31stFallsToFebruary28thInACommonYear() {
            Instant anchor = at("2023-01-31T10:00:00Z");
            Instant february = WindowSize.MONTH.next(at("2023-01-31T10:00:00Z"), UTC, anchor);

            assertThat(february).isEqualTo(at("2023-02-28T10:00:00Z"));
            assertThat(WindowSize.MONTH.next(february, UTC, anchor)).isEqualTo(at("2023-03-31T10:00:00Z"));
        }

        @Test
        void theWindowStartSwitchesExactlyAtTheAnchorTime() {
            Instant anchor = at("2024-01-31T10:00:00Z");

            assertThat(WindowSize.MONTH.windowStart(at("2024-03-31T09:59:59Z"), UTC, anchor))
                    .isEqualTo(at("2024-02-29T10:00:00Z"));
            assertThat(WindowSize.MONTH.windowStart(at("2024-03-31T10:00:00Z"), UTC, anchor))
                    .isEqualTo(at("2024-03-31T10:00:00Z"));
        }

        @Test
        void anInstantBeforeThisMonthsAnchorDayBelongsToThePreviousMonth() {
            Instant anchor = at("2023-11-15T00:00:00Z");

            assertThat(WindowSize.MONTH.windowStart(at("2024-03-10T00:00:00Z"), UTC, anchor))
                    .isEqualTo(at("2024-02-15T00:00:00Z"));
            assertThat(WindowSize.MONTH.windowStart(at("2024-01-10T00:00:00Z"), UTC, anchor))
                    .isEqualTo(at("2023-12-15T00:00:00Z"));
        }

        @Test
        void theAnchorTimeOfDayIsKeptOnTheLocalClockAcrossDst() {
            // anchor 10:30 EST on Jan 15 (15:30Z); in March the boundary is 10:30 EDT = 14:30Z
            Instant anchor = at("2024-01-15T15:30:00Z");
            Instant february = WindowSize.MONTH.next(anchor, NEW_YORK, anchor);

            assertThat(february).isEqualTo(at("2024-02-15T15:30:00Z"));
            assertThat(WindowSize.MONTH.next(february, NEW_YORK, anchor)).isEqualTo(at("2024-03-15T14:30:00Z"));
        }

        @Test
        void anAnchorTimeInsideTheSpringForwardGapMovesForwardByTheGap() {
            // anchor 02:30 EST on the 10th (07:30Z); Mar 10 02:30 does not exist -> 03:30 EDT = 07:30Z;
            // April is back to 02:30 EDT = 06:30Z
            Instant anchor = at("2024-01-10T07:30:00Z");
            Instant march = WindowSize.MONTH.next(at("2024-02-10T07:30:00Z"), NEW_YORK, anchor);

            assertThat(march).isEqualTo(at("2024-03-10T07:30:00Z"));
            assertThat(WindowSize.MONTH.windowStart(march, NEW_YORK, anchor)).isEqualTo(march);
            assertThat(WindowSize.MONTH.next(march, NEW_YORK, anchor)).isEqualTo(at("2024-04-10T06:30:00Z"));
        }
    }

    @Nested
    class Invariants {

        static Stream<Arguments> sizesZonesAndInstants() {
            List<ZoneId> zones = List.of(UTC, NEW_YORK, BERLIN, KOLKATA);
            List<String> instants = List.of(
                    "2024-01-10T12:34:56Z", "2024-02-29T23:59:59Z", "2024-03-10T06:59:59Z", "2024-03-10T07:00:00Z",
                    "2024-03-31T00:30:00Z", "2024-03-31T01:00:00Z", "2024-10-27T00:30:00Z", "2024-10-27T01:30:00Z",
                    "2024-11-03T05:30:00Z", "2024-11-03T06:30:00Z", "2024-12-31T23:59:59.999Z");
            List<Instant> anchors = new ArrayList<>();
            anchors.add(null);
            anchors.add(at("2024-01-31T10:00:00Z"));
            List<Arguments> arguments = new ArrayList<>();
            for (WindowSize size : WindowSize.values()) {
                for (ZoneId zone : zones) {
                    for (String instant : instants) {
                        for (Instant anchor : anchors) {
                            if (anchor == null || size == WindowSize.MONTH) {
                                arguments.add(Arguments.of(size, zone, at(instant), anchor));
                            }
                        }
                    }
                }
            }
            return arguments.stream();
        }

        @ParameterizedTest(name = "{0} in {1} at {2}, anchor {3}")
        @MethodSource("sizesZonesAndInstants")
        void theWindowContainsTheInstantAndNextIsStrictlyAfterTheStart(WindowSize size, ZoneId zone, Instant instant,
                                                                        Instant anchor) {
            Instant windowStart = size.windowStart(instant, zone, anchor);
            Instant next = size.next(windowStart, zone, anchor);

            assertThat(windowStart).isBeforeOrEqualTo(instant);
            assertThat(next).isAfter(windowStart).isAfter(instant);
            assertThat(size.windowStart(windowStart, zone, anchor)).as("a window start is its own window start")
                    .isEqualTo(windowStart);
            assertThat(size.windowStart(next, zone, anchor)).as("next is a window start").isEqualTo(next);
        }
    }

    @Nested
    class Wire {

        @ParameterizedTest
        @CsvSource({
                "MINUTE, MINUTE", "15MIN, FIFTEEN_MINUTES", "30MIN, THIRTY_MINUTES", "HOUR, HOUR",
                "3HOUR, THREE_HOURS", "6HOUR, SIX_HOURS", "12HOUR, TWELVE_HOURS", "DAY, DAY", "WEEK, WEEK",
                "MONTH, MONTH", "hour, HOUR", "15min, FIFTEEN_MINUTES"})
        void fromWireAcceptsTheWireStrings(String wire, WindowSize expected) {
            assertThat(WindowSize.fromWire(wire, "window_size")).isEqualTo(expected);
        }

        @Test
        void everySizeRoundTripsThroughItsWireValue() {
            for (WindowSize size : WindowSize.values()) {
                assertThat(WindowSize.fromWire(size.wireValue(), "window_size")).isEqualTo(size);
            }
        }

        @ParameterizedTest
        @NullAndEmptySource
        @ValueSource(strings = {"FIFTEEN_MINUTES", "1H", "YEAR", " HOUR"})
        void fromWireRejectsAnythingElseNamingTheField(String wire) {
            assertThatThrownBy(() -> WindowSize.fromWire(wire, "window_size"))
                    .isInstanceOfSatisfying(ValidationException.class, e -> {
                        assertThat(e.violations()).singleElement()
                                .satisfies(v -> assertThat(v.field()).isEqualTo("window_size"));
                        assertThat(e.getMessage()).startsWith("window_size: must be one of MINUTE, 15MIN, 30MIN");
                    });
        }
    }

    @Nested
    class WindowStarts {

        @Test
        void theWindowsCoverTheRangeFromTheWindowContainingItsStart() {
            List<Instant> starts = WindowSize.DAY.windowStarts(Instant.parse("2024-03-09T12:00:00Z"),
                    Instant.parse("2024-03-11T06:00:00Z"), ZoneId.of("America/New_York"), null, 10);

            // local days Mar 9 (EST, -5), Mar 10 (the 23-hour day: DST starts), Mar 11 (EDT, -4)
            assertThat(starts).containsExactly(Instant.parse("2024-03-09T05:00:00Z"),
                    Instant.parse("2024-03-10T05:00:00Z"), Instant.parse("2024-03-11T04:00:00Z"));
        }

        @Test
        void moreWindowsThanAllowedIsAValidationError() {
            assertThatThrownBy(() -> WindowSize.MINUTE.windowStarts(
                            Instant.parse("2024-01-01T00:00:00Z"), Instant.parse("2024-01-01T01:00:01Z"),
                            ZoneOffset.UTC, null, 60))
                    .isInstanceOf(ValidationException.class)
                    .hasMessageContaining("window_size");
        }
    }
}
