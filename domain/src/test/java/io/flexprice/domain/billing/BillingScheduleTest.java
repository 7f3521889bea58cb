package io.flexprice.domain.billing;

import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.billing.Schedules.aSchedule;
import static io.flexprice.domain.billing.Schedules.period;
import static io.flexprice.domain.billing.Schedules.periods;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class BillingScheduleTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");
    private static final ZoneId BEIRUT = ZoneId.of("Asia/Beirut");

    @Nested
    class AnniversaryAtTheEndOfTheMonth {

        @Test
        void anAnchorOnThe31stFallsToFebruary29InALeapYearAndComesBackToThe31st() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-31T10:00:00Z").build();

            // each start is the anchor's day (31) or the month's last day, at the anchor's 10:00
            assertThat(periods(monthly, "2024-01-31T10:00:00Z", 5)).containsExactly(
                    period("2024-01-31T10:00:00Z", "2024-02-29T10:00:00Z"),
                    period("2024-02-29T10:00:00Z", "2024-03-31T10:00:00Z"),
                    period("2024-03-31T10:00:00Z", "2024-04-30T10:00:00Z"),
                    period("2024-04-30T10:00:00Z", "2024-05-31T10:00:00Z"),
                    period("2024-05-31T10:00:00Z", "2024-06-30T10:00:00Z"));
        }

        @Test
        void anAnchorOnThe31stFallsToFebruary28InACommonYearAndComesBackToThe31st() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2025-01-31T10:00:00Z").build();

            assertThat(periods(monthly, "2025-01-31T10:00:00Z", 3)).containsExactly(
                    period("2025-01-31T10:00:00Z", "2025-02-28T10:00:00Z"),
                    period("2025-02-28T10:00:00Z", "2025-03-31T10:00:00Z"),
                    period("2025-03-31T10:00:00Z", "2025-04-30T10:00:00Z"));
        }

        @Test
        void threeYearsLaterTheBoundariesAreStillOnTheMonthsLastDayOrThe31st() {
            // computed from the anchor, not from Feb 28 onwards: Feb 28 2027 -> Mar 31 2027, not Mar 28
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-31T10:00:00Z").build();

            assertThat(monthly.periodContaining(at("2027-03-15T00:00:00Z")))
                    .isEqualTo(period("2027-02-28T10:00:00Z", "2027-03-31T10:00:00Z"));
            assertThat(periods(monthly, "2024-01-31T10:00:00Z", 36).get(35))
                    .as("the 36th period ends three years after the anchor")
                    .isEqualTo(period("2026-12-31T10:00:00Z", "2027-01-31T10:00:00Z"));
        }

        @Test
        void aQuarterlyAnchorOnThe31stFallsToNovember30AndFebruary28AndComesBack() {
            // Aug 31 + 3 months = Nov 30 (Nov has 30 days); + 6 = Feb 28 2025; + 9 = May 31; + 12 = Aug 31
            BillingSchedule quarterly = aSchedule(PeriodUnit.QUARTERLY).anchoredAt("2024-08-31T00:00:00Z").build();

            assertThat(periods(quarterly, "2024-08-31T00:00:00Z", 4)).containsExactly(
                    period("2024-08-31T00:00:00Z", "2024-11-30T00:00:00Z"),
                    period("2024-11-30T00:00:00Z", "2025-02-28T00:00:00Z"),
                    period("2025-02-28T00:00:00Z", "2025-05-31T00:00:00Z"),
                    period("2025-05-31T00:00:00Z", "2025-08-31T00:00:00Z"));
        }

        @Test
        void aHalfYearlyAnchorOnAugust31FallsToTheLastDayOfFebruaryInLeapAndCommonYears() {
            // Aug 31 2023 + 6 months = Feb 29 2024 (leap); + 12 = Aug 31; + 18 = Feb 28 2025; + 24 = Aug 31
            BillingSchedule halfYearly = aSchedule(PeriodUnit.HALF_YEARLY).anchoredAt("2023-08-31T00:00:00Z").build();

            assertThat(periods(halfYearly, "2023-08-31T00:00:00Z", 4)).containsExactly(
                    period("2023-08-31T00:00:00Z", "2024-02-29T00:00:00Z"),
                    period("2024-02-29T00:00:00Z", "2024-08-31T00:00:00Z"),
                    period("2024-08-31T00:00:00Z", "2025-02-28T00:00:00Z"),
                    period("2025-02-28T00:00:00Z", "2025-08-31T00:00:00Z"));
        }

        @Test
        void anAnnualAnchorOnFebruary29IsFebruary28InCommonYearsAndFebruary29AgainInTheNextLeapYear() {
            // 2025, 2026, 2027 have no Feb 29: Feb 28; 2028 is a leap year: Feb 29 again
            BillingSchedule annual = aSchedule(PeriodUnit.ANNUAL).anchoredAt("2024-02-29T12:00:00Z").build();

            assertThat(periods(annual, "2024-02-29T12:00:00Z", 5)).containsExactly(
                    period("2024-02-29T12:00:00Z", "2025-02-28T12:00:00Z"),
                    period("2025-02-28T12:00:00Z", "2026-02-28T12:00:00Z"),
                    period("2026-02-28T12:00:00Z", "2027-02-28T12:00:00Z"),
                    period("2027-02-28T12:00:00Z", "2028-02-29T12:00:00Z"),
                    period("2028-02-29T12:00:00Z", "2029-02-28T12:00:00Z"));
        }
    }

    @Nested
    class Anniversary {

        @Test
        void aMonthlyAnniversaryPeriodStartingJanuary15EndsFebruary15AtTheSameTime() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-15T09:00:00Z").build();

            assertThat(monthly.firstPeriod(at("2024-01-15T09:00:00Z")))
                    .isEqualTo(period("2024-01-15T09:00:00Z", "2024-02-15T09:00:00Z"));
        }

        @Test
        void aWeeklyAnniversaryStartingOnAWednesdayRunsWednesdayToWednesday() {
            // 2024-01-17 is a Wednesday
            BillingSchedule weekly = aSchedule(PeriodUnit.WEEKLY).anchoredAt("2024-01-17T15:00:00Z").build();

            assertThat(periods(weekly, "2024-01-17T15:00:00Z", 2)).containsExactly(
                    period("2024-01-17T15:00:00Z", "2024-01-24T15:00:00Z"),
                    period("2024-01-24T15:00:00Z", "2024-01-31T15:00:00Z"));
        }

        @Test
        void everyTwoWeeksStepsFourteenDaysFromTheAnchor() {
            BillingSchedule fortnightly = aSchedule(PeriodUnit.WEEKLY).every(2).anchoredAt("2024-01-17T15:00:00Z")
                    .build();

            assertThat(periods(fortnightly, "2024-01-17T15:00:00Z", 2)).containsExactly(
                    period("2024-01-17T15:00:00Z", "2024-01-31T15:00:00Z"),
                    period("2024-01-31T15:00:00Z", "2024-02-14T15:00:00Z"));
        }

        @Test
        void anInstantOnABoundaryBelongsToThePeriodItStarts() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-31T10:00:00Z").build();

            assertThat(monthly.periodContaining(at("2024-02-29T10:00:00Z")))
                    .isEqualTo(period("2024-02-29T10:00:00Z", "2024-03-31T10:00:00Z"));
            assertThat(monthly.periodContaining(at("2024-02-29T09:59:59.999999999Z")))
                    .isEqualTo(period("2024-01-31T10:00:00Z", "2024-02-29T10:00:00Z"));
        }

        @Test
        void periodsBeforeTheAnchorAreCountedBackFromIt() {
            // Mar 31 - 1 month = Feb 29; - 3 months = Dec 31; - 4 months = Nov 30
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-03-31T00:00:00Z").build();

            assertThat(monthly.periodContaining(at("2024-03-01T00:00:00Z")))
                    .isEqualTo(period("2024-02-29T00:00:00Z", "2024-03-31T00:00:00Z"));
            assertThat(monthly.periodContaining(at("2023-12-15T00:00:00Z")))
                    .isEqualTo(period("2023-11-30T00:00:00Z", "2023-12-31T00:00:00Z"));
        }

        @Test
        void aSubscriptionStartingBeforeItsAnchorHasAPartialFirstPeriodUpToTheAnchor() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-31T00:00:00Z").build();

            assertThat(periods(monthly, "2024-01-20T08:00:00Z", 2)).containsExactly(
                    period("2024-01-20T08:00:00Z", "2024-01-31T00:00:00Z"),
                    period("2024-01-31T00:00:00Z", "2024-02-29T00:00:00Z"));
        }

        @Test
        void aPeriodThatEndsOffTheGridIsFollowedByTheRestOfItsGridPeriod() {
            // e.g. a period cut short on Feb 10: the next one runs to the anchor's Feb 15 boundary
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-15T00:00:00Z").build();

            assertThat(monthly.nextPeriod(period("2024-01-15T00:00:00Z", "2024-02-10T00:00:00Z")))
                    .isEqualTo(period("2024-02-10T00:00:00Z", "2024-02-15T00:00:00Z"));
        }
    }

    @Nested
    class Calendar {

        @Test
        void aMonthlyCalendarSubscriptionStartingJanuary15HasAPartialFirstPeriodToFebruary1() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).calendar().anchoredAt("2024-01-15T09:00:00Z")
                    .build();

            assertThat(periods(monthly, "2024-01-15T09:00:00Z", 3)).containsExactly(
                    period("2024-01-15T09:00:00Z", "2024-02-01T00:00:00Z"),
                    period("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"),
                    period("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z"));
        }

        @Test
        void aStartOnACalendarBoundaryHasAWholeFirstPeriod() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).calendar().anchoredAt("2024-02-01T00:00:00Z")
                    .build();
            // 2024-01-15 is a Monday
            BillingSchedule weekly = aSchedule(PeriodUnit.WEEKLY).calendar().anchoredAt("2024-01-15T00:00:00Z")
                    .build();

            assertThat(monthly.firstPeriod(at("2024-02-01T00:00:00Z")))
                    .isEqualTo(period("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z"));
            assertThat(weekly.firstPeriod(at("2024-01-15T00:00:00Z")))
                    .isEqualTo(period("2024-01-15T00:00:00Z", "2024-01-22T00:00:00Z"));
        }

        @Test
        void aDailyCalendarSubscriptionStartingAt14h00EndsItsFirstPeriodAtMidnight() {
            BillingSchedule daily = aSchedule(PeriodUnit.DAILY).calendar().anchoredAt("2024-01-15T14:00:00Z").build();

            assertThat(periods(daily, "2024-01-15T14:00:00Z", 2)).containsExactly(
                    period("2024-01-15T14:00:00Z", "2024-01-16T00:00:00Z"),
                    period("2024-01-16T00:00:00Z", "2024-01-17T00:00:00Z"));
        }

        @Test
        void aWeeklyCalendarSubscriptionStartingOnAWednesdayRunsToTheNextMonday() {
            // Wed 2024-01-17 -> Mon 2024-01-22 -> Mon 2024-01-29
            BillingSchedule weekly = aSchedule(PeriodUnit.WEEKLY).calendar().anchoredAt("2024-01-17T15:00:00Z")
                    .build();

            assertThat(periods(weekly, "2024-01-17T15:00:00Z", 2)).containsExactly(
                    period("2024-01-17T15:00:00Z", "2024-01-22T00:00:00Z"),
                    period("2024-01-22T00:00:00Z", "2024-01-29T00:00:00Z"));
        }

        @Test
        void quarterlyCalendarPeriodsStartOnJanuaryAprilJulyAndOctober1() {
            // Feb 10 is in the quarter Jan-Mar: partial to Apr 1, then whole quarters
            BillingSchedule quarterly = aSchedule(PeriodUnit.QUARTERLY).calendar().anchoredAt("2024-02-10T00:00:00Z")
                    .build();

            assertThat(periods(quarterly, "2024-02-10T00:00:00Z", 5)).containsExactly(
                    period("2024-02-10T00:00:00Z", "2024-04-01T00:00:00Z"),
                    period("2024-04-01T00:00:00Z", "2024-07-01T00:00:00Z"),
                    period("2024-07-01T00:00:00Z", "2024-10-01T00:00:00Z"),
                    period("2024-10-01T00:00:00Z", "2025-01-01T00:00:00Z"),
                    period("2025-01-01T00:00:00Z", "2025-04-01T00:00:00Z"));
        }

        @Test
        void halfYearlyCalendarPeriodsStartOnJanuaryAndJuly1() {
            // May 5 is in the half-year Jan-Jun: partial to Jul 1, then whole half-years
            BillingSchedule halfYearly = aSchedule(PeriodUnit.HALF_YEARLY).calendar()
                    .anchoredAt("2024-05-05T00:00:00Z").build();

            assertThat(periods(halfYearly, "2024-05-05T00:00:00Z", 3)).containsExactly(
                    period("2024-05-05T00:00:00Z", "2024-07-01T00:00:00Z"),
                    period("2024-07-01T00:00:00Z", "2025-01-01T00:00:00Z"),
                    period("2025-01-01T00:00:00Z", "2025-07-01T00:00:00Z"));
        }

        @Test
        void annualCalendarPeriodsStartOnJanuary1() {
            BillingSchedule annual = aSchedule(PeriodUnit.ANNUAL).calendar().anchoredAt("2024-03-03T00:00:00Z").build();

            assertThat(periods(annual, "2024-03-03T00:00:00Z", 2)).containsExactly(
                    period("2024-03-03T00:00:00Z", "2025-01-01T00:00:00Z"),
                    period("2025-01-01T00:00:00Z", "2026-01-01T00:00:00Z"));
        }

        @Test
        void everyTwoMonthsFromJanuary15IsPartialToFebruary1ThenTwoMonthsAtATime() {
            // the grid counts from the first month boundary at or after the anchor, Feb 1: Feb 1, Apr 1, Jun 1
            BillingSchedule bimonthly = aSchedule(PeriodUnit.MONTHLY).every(2).calendar()
                    .anchoredAt("2024-01-15T00:00:00Z").build();

            assertThat(periods(bimonthly, "2024-01-15T00:00:00Z", 3)).containsExactly(
                    period("2024-01-15T00:00:00Z", "2024-02-01T00:00:00Z"),
                    period("2024-02-01T00:00:00Z", "2024-04-01T00:00:00Z"),
                    period("2024-04-01T00:00:00Z", "2024-06-01T00:00:00Z"));
        }

        @Test
        void everyTwoMonthsFromFebruary1IsTwoMonthsFromTheStart() {
            BillingSchedule bimonthly = aSchedule(PeriodUnit.MONTHLY).every(2).calendar()
                    .anchoredAt("2024-02-01T00:00:00Z").build();

            assertThat(periods(bimonthly, "2024-02-01T00:00:00Z", 2)).containsExactly(
                    period("2024-02-01T00:00:00Z", "2024-04-01T00:00:00Z"),
                    period("2024-04-01T00:00:00Z", "2024-06-01T00:00:00Z"));
        }

        @Test
        void everyTwoWeeksFromAWednesdayIsPartialToMondayThenFortnightly() {
            // Wed Jan 17 -> the first Monday, Jan 22, then Mon Feb 5
            BillingSchedule fortnightly = aSchedule(PeriodUnit.WEEKLY).every(2).calendar()
                    .anchoredAt("2024-01-17T15:00:00Z").build();

            assertThat(periods(fortnightly, "2024-01-17T15:00:00Z", 2)).containsExactly(
                    period("2024-01-17T15:00:00Z", "2024-01-22T00:00:00Z"),
                    period("2024-01-22T00:00:00Z", "2024-02-05T00:00:00Z"));
        }

        @Test
        void withACountOfOneTheAnchorDoesNotMoveTheCalendarBoundaries() {
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).calendar().anchoredAt("2020-06-17T08:00:00Z")
                    .build();

            assertThat(monthly.periodContaining(at("2024-03-10T12:00:00Z")))
                    .isEqualTo(period("2024-03-01T00:00:00Z", "2024-04-01T00:00:00Z"));
        }

        @Test
        void theSameCalendarBoundaryIsAnotherInstantForACustomerInKolkataThanInUtc() {
            // Feb 1 00:00 IST (+05:30) = Jan 31 18:30Z; Feb 1 00:00 UTC = Feb 1 00:00Z
            BillingSchedule kolkata = aSchedule(PeriodUnit.MONTHLY).calendar().anchoredAt("2024-01-15T00:00:00Z")
                    .in(KOLKATA).build();
            BillingSchedule utc = aSchedule(PeriodUnit.MONTHLY).calendar().anchoredAt("2024-01-15T00:00:00Z").build();

            assertThat(kolkata.firstPeriod(at("2024-01-15T00:00:00Z")).end()).isEqualTo(at("2024-01-31T18:30:00Z"));
            assertThat(utc.firstPeriod(at("2024-01-15T00:00:00Z")).end()).isEqualTo(at("2024-02-01T00:00:00Z"));
            // 2024-01-31T20:00Z is Feb 1 01:30 in Kolkata but still Jan 31 in UTC
            assertThat(kolkata.periodContaining(at("2024-01-31T20:00:00Z")))
                    .isEqualTo(period("2024-01-31T18:30:00Z", "2024-02-29T18:30:00Z"));
            assertThat(utc.periodContaining(at("2024-01-31T20:00:00Z")))
                    .isEqualTo(period("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z"));
        }
    }

    @Nested
    class DaylightSavingTime {

        // New York 2024: spring forward Mar 10 02:00 EST -> 03:00 EDT; fall back Nov 3 02:00 EDT -> 01:00 EST.
        // Berlin 2024:   spring forward Mar 31 02:00 CET -> 03:00 CEST; fall back Oct 27 03:00 CEST -> 02:00 CET.
        // Beirut 2024:   spring forward Mar 31 00:00 EET (+02) -> 01:00 EEST (+03): local 00:00-00:59 is skipped.

        @ParameterizedTest(name = "{0}: the day before [{1}, {2}), the change day [{2}, {3}) of {4} hours")
        @CsvSource({
                "America/New_York, 2024-03-09T05:00:00Z, 2024-03-10T05:00:00Z, 2024-03-11T04:00:00Z, 23",
                "America/New_York, 2024-11-02T04:00:00Z, 2024-11-03T04:00:00Z, 2024-11-04T05:00:00Z, 25",
                "Europe/Berlin,    2024-03-29T23:00:00Z, 2024-03-30T23:00:00Z, 2024-03-31T22:00:00Z, 23",
                "Europe/Berlin,    2024-10-25T22:00:00Z, 2024-10-26T22:00:00Z, 2024-10-27T23:00:00Z, 25",
        })
        void aDailyCalendarPeriodOnADstChangeDayRunsFromLocalMidnightToLocalMidnight(
                ZoneId zone, Instant dayBefore, Instant changeDay, Instant dayAfter, long hours) {
            BillingSchedule daily = aSchedule(PeriodUnit.DAILY).calendar().anchoredAt("2024-01-01T00:00:00Z").in(zone)
                    .build();

            Period before = daily.periodContaining(dayBefore.plusSeconds(3600));
            Period change = daily.nextPeriod(before);

            assertThat(before).isEqualTo(new Period(dayBefore, changeDay));
            assertThat(change).isEqualTo(new Period(changeDay, dayAfter));
            assertThat(change.duration()).isEqualTo(Duration.ofHours(hours));
            assertThat(change.start().atZone(zone).toLocalTime()).hasToString("00:00");
            assertThat(change.end().atZone(zone).toLocalTime()).hasToString("00:00");
        }

        @Test
        void aCalendarMonthWithASpringForwardIsAnHourShort() {
            // Mar 1 00:00 EST = 05:00Z; Apr 1 00:00 EDT = 04:00Z: 31 × 24 - 1 = 743 hours
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).calendar().anchoredAt("2024-01-01T05:00:00Z")
                    .in(NEW_YORK).build();

            Period march = monthly.periodContaining(at("2024-03-15T12:00:00Z"));

            assertThat(march).isEqualTo(period("2024-03-01T05:00:00Z", "2024-04-01T04:00:00Z"));
            assertThat(march.duration()).isEqualTo(Duration.ofHours(743));
        }

        @Test
        void anAnniversaryKeepsTheAnchorsWallClockTimeAcrossDst() {
            // 09:30 EST on Jan 15 = 14:30Z; Feb 15 09:30 EST = 14:30Z; Mar 15 09:30 EDT = 13:30Z
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-15T14:30:00Z").in(NEW_YORK)
                    .build();

            assertThat(periods(monthly, "2024-01-15T14:30:00Z", 2)).containsExactly(
                    period("2024-01-15T14:30:00Z", "2024-02-15T14:30:00Z"),
                    period("2024-02-15T14:30:00Z", "2024-03-15T13:30:00Z"));
        }

        @Test
        void aMonthlyAnchorAt00h30InBeirutMovesForwardAnHourOnTheDayThatTimeIsSkipped() {
            // anchor Jan 31 00:30 EET (+02) = Jan 30 22:30Z
            // Feb 29 00:30 +02 = Feb 28 22:30Z
            // Mar 31 00:30 does not exist (00:00 -> 01:00): 01:30 EEST (+03) = Mar 30 22:30Z
            // Apr 30 00:30 +03 = Apr 29 21:30Z, the anchor's 00:30 again; May 31 00:30 +03 = May 30 21:30Z
            BillingSchedule monthly = aSchedule(PeriodUnit.MONTHLY).anchoredAt("2024-01-30T22:30:00Z").in(BEIRUT)
                    .build();

            List<Period> periods = periods(monthly, "2024-01-30T22:30:00Z", 4);

            assertThat(periods).containsExactly(
                    period("2024-01-30T22:30:00Z", "2024-02-28T22:30:00Z"),
                    period("2024-02-28T22:30:00Z", "2024-03-30T22:30:00Z"),
                    period("2024-03-30T22:30:00Z", "2024-04-29T21:30:00Z"),
                    period("2024-04-29T21:30:00Z", "2024-05-30T21:30:00Z"));
            assertThat(periods.get(2).start().atZone(BEIRUT).toLocalTime()).hasToString("01:30");
            assertThat(periods.get(3).start().atZone(BEIRUT).toLocalTime()).hasToString("00:30");
        }

        @Test
        void aCalendarDayWhoseMidnightIsSkippedStartsAtOneOClock() {
            // Mar 30 00:00 +02 = Mar 29 22:00Z; Mar 31 has no 00:00, it starts at 01:00 +03 = Mar 30 22:00Z;
            // Apr 1 00:00 +03 = Mar 31 21:00Z: Mar 30 is 24 hours long, Mar 31 is 23
            BillingSchedule daily = aSchedule(PeriodUnit.DAILY).calendar().in(BEIRUT).build();

            Period march30 = daily.periodContaining(at("2024-03-30T12:00:00Z"));
            Period march31 = daily.nextPeriod(march30);

            assertThat(march30).isEqualTo(period("2024-03-29T22:00:00Z", "2024-03-30T22:00:00Z"));
            assertThat(march31).isEqualTo(period("2024-03-30T22:00:00Z", "2024-03-31T21:00:00Z"));
            assertThat(march31.duration()).isEqualTo(Duration.ofHours(23));
        }

        @Test
        void aBoundaryInTheRepeatedHourOfAFallBackIsItsFirstOccurrence() {
            // daily at 01:30: Nov 2 01:30 EDT = 05:30Z; Nov 3 01:30 occurs twice, the first is EDT = 05:30Z;
            // Nov 4 01:30 EST = 06:30Z. 01:15 EST on Nov 3 (06:15Z) is after the first 01:30.
            BillingSchedule daily = aSchedule(PeriodUnit.DAILY).anchoredAt("2024-11-01T05:30:00Z").in(NEW_YORK).build();

            Period november3 = daily.periodContaining(at("2024-11-03T06:15:00Z"));

            assertThat(november3).isEqualTo(period("2024-11-03T05:30:00Z", "2024-11-04T06:30:00Z"));
            assertThat(november3.duration()).isEqualTo(Duration.ofHours(25));
            assertThat(daily.periodContaining(at("2024-11-03T05:29:59Z")))
                    .isEqualTo(period("2024-11-02T05:30:00Z", "2024-11-03T05:30:00Z"));
        }
    }

    @Nested
    class ThreeYearsOfPeriods {

        static Stream<Arguments> schedules() {
            List<ZoneId> zones = List.of(UTC, NEW_YORK, BERLIN, KOLKATA, BEIRUT);
            // the 31st; a leap day late in the evening; 00:30 on the 31st in Beirut, a time Mar 31 2024 skips
            List<String> anchors = List.of("2024-01-31T10:00:00Z", "2024-02-29T23:30:00Z", "2024-01-30T22:30:00Z");
            List<Arguments> arguments = new ArrayList<>();
            for (PeriodUnit unit : PeriodUnit.values()) {
                for (BillingCycle cycle : BillingCycle.values()) {
                    for (int count : new int[] {1, 3}) {
                        for (ZoneId zone : zones) {
                            for (String anchor : anchors) {
                                arguments.add(Arguments.of(new BillingSchedule(unit, count, cycle, at(anchor), zone)));
                            }
                        }
                    }
                }
            }
            return arguments.stream();
        }

        @ParameterizedTest
        @MethodSource("schedules")
        void periodsChainWithoutGapsOrOverlapsAndEachIsThePeriodOfItsInstants(BillingSchedule schedule) {
            Instant start = schedule.anchor().plusSeconds(12_345);
            Instant threeYearsLater = ZonedDateTime.ofInstant(start, schedule.zone()).plusYears(3).toInstant();
            Period period = schedule.firstPeriod(start);
            assertThat(period.start()).isEqualTo(start);

            while (period.start().isBefore(threeYearsLater)) {
                Period next = schedule.nextPeriod(period);

                assertThat(next.start()).as("next after %s", period).isEqualTo(period.end());
                assertThat(next.overlaps(period)).isFalse();
                assertThat(schedule.periodContaining(next.start())).isEqualTo(next);
                assertThat(schedule.periodContaining(next.end().minusNanos(1))).isEqualTo(next);
                period = next;
            }
        }
    }

    @Nested
    class Validation {

        @Test
        void everyMissingPartIsReportedAtOnce() {
            assertThat(fieldsRejected(() -> new BillingSchedule(null, 0, null, null, null))).containsExactly(
                    "billing_period", "billing_period_count", "billing_cycle", "billing_anchor", "customer_timezone");
        }

        @Test
        void aCountAboveTheMaximumIsRejected() {
            assertThat(fieldsRejected(() -> aSchedule(PeriodUnit.DAILY).every(BillingSchedule.MAX_COUNT + 1).build()))
                    .containsExactly("billing_period_count");
        }

        @Test
        void theLongestPeriodIsComputable() {
            BillingSchedule thousandYears = aSchedule(PeriodUnit.ANNUAL).every(BillingSchedule.MAX_COUNT).build();

            assertThat(thousandYears.firstPeriod(at("2024-01-01T00:00:00Z")))
                    .isEqualTo(period("2024-01-01T00:00:00Z", "3024-01-01T00:00:00Z"));
        }
    }
}
