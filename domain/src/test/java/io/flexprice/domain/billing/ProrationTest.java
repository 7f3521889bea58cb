package io.flexprice.domain.billing;

import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.billing.Schedules.period;
import static io.flexprice.domain.common.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.Proration.Strategy;
import io.flexprice.domain.common.ValidationException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ProrationTest {

    private static final ZoneId UTC = ZoneOffset.UTC;
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId KOLKATA = ZoneId.of("Asia/Kolkata");

    /** April 2024 in UTC: 30 days, 720 hours. */
    private static final Period APRIL = period("2024-04-01T00:00:00Z", "2024-05-01T00:00:00Z");

    private static Fraction dayBased(Period period, String changeAt, ZoneId zone) {
        return Proration.fraction(period, at(changeAt), Strategy.DAY_BASED, zone);
    }

    private static Fraction secondBased(Period period, String changeAt) {
        return Proration.fraction(period, at(changeAt), Strategy.SECOND_BASED, UTC);
    }

    @Nested
    class DayBased {

        @Test
        void aChangeOnDay10OfA30DayMonthLeaves21Of30Days() {
            // Apr 10 .. Apr 30 = 21 days; the time of day does not matter
            assertThat(dayBased(APRIL, "2024-04-10T15:00:00Z", UTC)).isEqualTo(Fraction.of(21, 30));
            assertThat(dayBased(APRIL, "2024-04-10T00:00:00Z", UTC)).isEqualTo(Fraction.of(21, 30));
        }

        @Test
        void aChangeAtThePeriodStartLeavesTheWholePeriod() {
            assertThat(dayBased(APRIL, "2024-04-01T00:00:00Z", UTC)).isEqualTo(Fraction.of(1, 1));
        }

        @Test
        void aChangeOnTheLastDayLeavesOneDay() {
            assertThat(dayBased(APRIL, "2024-04-30T00:00:00Z", UTC)).isEqualTo(Fraction.of(1, 30));
            assertThat(dayBased(APRIL, "2024-04-30T23:59:59Z", UTC)).isEqualTo(Fraction.of(1, 30));
        }

        @Test
        void theDaysAreTheDatesOfTheCustomersTimeZone() {
            // 2024-04-09T20:00Z is Apr 10 01:30 in Kolkata (+05:30) but Apr 9 in UTC
            Period aprilInKolkata = period("2024-03-31T18:30:00Z", "2024-04-30T18:30:00Z");

            assertThat(dayBased(aprilInKolkata, "2024-04-09T20:00:00Z", KOLKATA)).isEqualTo(Fraction.of(21, 30));
            assertThat(dayBased(APRIL, "2024-04-09T20:00:00Z", UTC)).isEqualTo(Fraction.of(22, 30));
        }

        @Test
        void theSpringForwardDayCountsAsAWholeDay() {
            // March 2024 in New York: Mar 1 00:00 EST = 05:00Z to Apr 1 00:00 EDT = 04:00Z, 31 days
            Period march = period("2024-03-01T05:00:00Z", "2024-04-01T04:00:00Z");

            // Mar 10 00:00 EST, the 23-hour day: Mar 10 .. Mar 31 = 22 days
            assertThat(dayBased(march, "2024-03-10T05:00:00Z", NEW_YORK)).isEqualTo(Fraction.of(22, 31));
            // Mar 31 00:00 EDT
            assertThat(dayBased(march, "2024-03-31T04:00:00Z", NEW_YORK)).isEqualTo(Fraction.of(1, 31));
        }

        @Test
        void aOneDayPeriodIsWholeUntilItEnds() {
            Period springForwardDay = period("2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z");

            assertThat(dayBased(springForwardDay, "2024-03-10T22:00:00Z", NEW_YORK)).isEqualTo(Fraction.of(1, 1));
        }

        @Test
        void anAnniversaryPeriodHasTheDaysFromItsStartDateUpToItsEndDate() {
            // Jan 15 14:30 to Feb 15 14:30: the dates Jan 15 .. Feb 14, 31 days
            Period anniversary = period("2024-01-15T14:30:00Z", "2024-02-15T14:30:00Z");

            assertThat(dayBased(anniversary, "2024-01-15T20:00:00Z", UTC)).isEqualTo(Fraction.of(31, 31));
            assertThat(dayBased(anniversary, "2024-01-25T08:00:00Z", UTC)).isEqualTo(Fraction.of(21, 31));
            assertThat(dayBased(anniversary, "2024-02-14T23:00:00Z", UTC)).isEqualTo(Fraction.of(1, 31));
        }

        @Test
        void aChangeOnTheEndDateBeforeTheEndTimeCountsAsTheLastDay() {
            // Feb 15 10:00 is before the end, Feb 15 14:30: one day remains, not none
            Period anniversary = period("2024-01-15T14:30:00Z", "2024-02-15T14:30:00Z");

            assertThat(dayBased(anniversary, "2024-02-15T10:00:00Z", UTC)).isEqualTo(Fraction.of(1, 31));
        }

        @Test
        void aPeriodWithinOneDateIsOneDay() {
            Period twelveHours = period("2024-01-15T08:00:00Z", "2024-01-15T20:00:00Z");

            assertThat(dayBased(twelveHours, "2024-01-15T12:00:00Z", UTC)).isEqualTo(Fraction.of(1, 1));
        }
    }

    @Nested
    class SecondBased {

        @Test
        void aChangeOnDay10At15h00Leaves489Of720Hours() {
            // May 1 00:00 - Apr 10 15:00 = 20 days 9 hours = 489 h of 720 h; 489/720 = 163/240
            assertThat(secondBased(APRIL, "2024-04-10T15:00:00Z")).isEqualTo(Fraction.of(163, 240));
        }

        @Test
        void aChangeAtThePeriodStartLeavesTheWholePeriod() {
            assertThat(secondBased(APRIL, "2024-04-01T00:00:00Z")).isEqualTo(Fraction.of(1, 1));
        }

        @Test
        void aChangeInTheLastSecondLeavesOneSecond() {
            // 30 days = 2,592,000 seconds
            assertThat(secondBased(APRIL, "2024-04-30T23:59:59Z")).isEqualTo(Fraction.of(1, 2_592_000));
        }

        @Test
        void theSpringForwardDayIsTwentyThreeHours() {
            Period march = period("2024-03-01T05:00:00Z", "2024-04-01T04:00:00Z");
            Period springForwardDay = period("2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z");

            // March in New York is 31 × 24 - 1 = 743 hours; from Mar 10 00:00 EST 22 × 24 - 1 = 527 remain
            assertThat(secondBased(march, "2024-03-10T05:00:00Z")).isEqualTo(Fraction.of(527, 743));
            // Mar 31 00:00 EDT: 24 of 743 hours
            assertThat(secondBased(march, "2024-03-31T04:00:00Z")).isEqualTo(Fraction.of(24, 743));
            // 18:00 EDT on the 23-hour day: 6 of 23 hours remain
            assertThat(secondBased(springForwardDay, "2024-03-10T22:00:00Z")).isEqualTo(Fraction.of(6, 23));
        }

        @Test
        void fractionsOfASecondCountExactly() {
            // 0.5 s of a 2 s period remain
            Period twoSeconds = period("2024-01-01T00:00:00Z", "2024-01-01T00:00:02Z");

            assertThat(secondBased(twoSeconds, "2024-01-01T00:00:01.5Z")).isEqualTo(Fraction.of(1, 4));
        }
    }

    @Nested
    class OutsideThePeriod {

        @Test
        void aChangeAtThePeriodEndIsRejected() {
            ValidationException e = rejected(() -> dayBased(APRIL, "2024-05-01T00:00:00Z", UTC));

            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("proration_date");
                assertThat(v.message())
                        .isEqualTo("must be within the period [2024-04-01T00:00:00Z, 2024-05-01T00:00:00Z)");
            });
        }

        @Test
        void aChangeBeforeThePeriodStartIsRejectedWhateverTheStrategy() {
            assertThat(rejected(() -> secondBased(APRIL, "2024-03-31T23:59:59Z")).violations())
                    .singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("proration_date"));
        }
    }
}
