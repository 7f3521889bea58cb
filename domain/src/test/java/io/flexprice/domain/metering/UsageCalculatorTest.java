package io.flexprice.domain.metering;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.metering.Events.anEvent;
import static io.flexprice.domain.metering.UsageQueries.aQuery;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UsageCalculatorTest {

    private static UsageResult compute(UsageQueries query, Events... events) {
        return UsageCalculator.compute(query.build(), Arrays.stream(events).map(Events::build).toList());
    }

    private static BigDecimal usage(UsageQueries query, Events... events) {
        return compute(query, events).value();
    }

    /** Asserts windows as alternating (ISO window start, expected value) pairs, in order. */
    private static void assertWindows(UsageResult result, String... startAndValue) {
        List<UsageResult.WindowValue> windows = result.windows();
        assertThat(windows).hasSize(startAndValue.length / 2);
        for (int i = 0; i < windows.size(); i++) {
            assertThat(windows.get(i).windowStart()).as("start of window %d", i)
                    .isEqualTo(Instant.parse(startAndValue[2 * i]));
            assertThat(windows.get(i).value()).as("value of window %d", i)
                    .isEqualByComparingTo(startAndValue[2 * i + 1]);
        }
    }

    @Nested
    class Count {

        @Test
        void countsEveryMatchingEventWhateverItsProperties() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null),
                    anEvent().with("tokens", "10"),
                    anEvent(),
                    anEvent().with("tokens", "not a number"));

            assertThat(value).isEqualByComparingTo("3");
        }

        @Test
        void eventsOfAnotherNameAreNotCounted() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null),
                    anEvent(), anEvent(), anEvent().named("page_view"));

            assertThat(value).isEqualByComparingTo("2");
        }

        @Test
        void noMatchingEventsIsZero() {
            UsageResult result = compute(aQuery(AggregationType.COUNT, null), anEvent().named("page_view"));

            assertThat(result.value()).isEqualTo(BigDecimal.ZERO);
            assertThat(result.windows()).isEmpty();
        }

        @Test
        void countIgnoresAFieldGivenForIt() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, "tokens"), anEvent(), anEvent().with("tokens", "x"));

            assertThat(value).isEqualByComparingTo("2");
        }
    }

    @Nested
    class Sum {

        @Test
        void sumsDecimalValuesExactly() {
            // 1.25 + 2.5 + 3 = 6.75
            BigDecimal value = usage(aQuery(AggregationType.SUM, "tokens"),
                    anEvent().withNumber("tokens", "1.25"),
                    anEvent().withNumber("tokens", "2.5"),
                    anEvent().withNumber("tokens", "3"));

            assertThat(value).isEqualByComparingTo("6.75");
        }

        @Test
        void numericStringsCountAsNumbers() {
            // "12.5" + 2.5 + " 3 " = 18
            BigDecimal value = usage(aQuery(AggregationType.SUM, "tokens"),
                    anEvent().with("tokens", "12.5"),
                    anEvent().withNumber("tokens", "2.5"),
                    anEvent().with("tokens", " 3 "));

            assertThat(value).isEqualByComparingTo("18");
        }

        @Test
        void missingAndNonNumericValuesAreSkippedNotFailed() {
            Events[] events = {
                    anEvent().withNumber("tokens", "10"),
                    anEvent().with("tokens", "ten"),
                    anEvent(),
                    anEvent().with("tokens", Boolean.TRUE),
                    anEvent().with("tokens", null),
                    anEvent().with("tokens", List.of(dec("5"))),
                    anEvent().with("tokens", Map.of("value", dec("5"))),
                    anEvent().with("tokens", ""),
                    anEvent().withNumber("other", "99")};

            assertThat(usage(aQuery(AggregationType.SUM, "tokens"), events)).isEqualByComparingTo("10");
            assertThat(usage(aQuery(AggregationType.COUNT, null), events)).isEqualByComparingTo("9");
        }

        @Test
        void negativeValuesReduceTheSum() {
            // 5 + (-2) = 3
            BigDecimal value = usage(aQuery(AggregationType.SUM, "tokens"),
                    anEvent().withNumber("tokens", "5"), anEvent().withNumber("tokens", "-2"));

            assertThat(value).isEqualByComparingTo("3");
        }
    }

    @Nested
    class Avg {

        @Test
        void averagesOnlyTheEventsThatHaveANumber() {
            // (1 + 2 + 2) / 3 = 1.666..., 34 significant digits (DECIMAL128, half-even: last digit 7)
            BigDecimal value = usage(aQuery(AggregationType.AVG, "latency"),
                    anEvent().withNumber("latency", "1"),
                    anEvent().withNumber("latency", "2"),
                    anEvent().with("latency", "2"),
                    anEvent());

            assertThat(value).isEqualByComparingTo("1.666666666666666666666666666666667");
        }

        @Test
        void anExactAverageHasNoTrailingZeros() {
            // (2.50 + 3.50) / 2 = 3
            BigDecimal value = usage(aQuery(AggregationType.AVG, "latency"),
                    anEvent().withNumber("latency", "2.50"), anEvent().withNumber("latency", "3.50"));

            assertThat(value).isEqualByComparingTo("3");
            assertThat(value.toPlainString()).isEqualTo("3");
        }

        @Test
        void noNumericValuesAverageToZero() {
            BigDecimal value = usage(aQuery(AggregationType.AVG, "latency"), anEvent(), anEvent().with("latency", "x"));

            assertThat(value).isEqualTo(BigDecimal.ZERO);
        }
    }

    @Nested
    class Max {

        @Test
        void takesTheLargestNumberIncludingNumericStrings() {
            // max(3, 7.5, "9", -1) = 9
            BigDecimal value = usage(aQuery(AggregationType.MAX, "cpu"),
                    anEvent().withNumber("cpu", "3"),
                    anEvent().withNumber("cpu", "7.5"),
                    anEvent().with("cpu", "9"),
                    anEvent().withNumber("cpu", "-1"));

            assertThat(value).isEqualByComparingTo("9");
        }

        @Test
        void allNegativeValuesGiveTheLeastNegative() {
            BigDecimal value = usage(aQuery(AggregationType.MAX, "cpu"),
                    anEvent().withNumber("cpu", "-5"), anEvent().withNumber("cpu", "-2"));

            assertThat(value).isEqualByComparingTo("-2");
        }

        @Test
        void noNumericValuesGiveZero() {
            BigDecimal value = usage(aQuery(AggregationType.MAX, "cpu"), anEvent().with("cpu", "high"));

            assertThat(value).isEqualTo(BigDecimal.ZERO);
        }
    }

    @Nested
    class CountUnique {

        @Test
        void countsDistinctValuesComparedAsText() {
            // "u1", "u2", "u1" again, 7 and "7" (the same text) -> {u1, u2, 7}; the missing one is skipped
            BigDecimal value = usage(aQuery(AggregationType.COUNT_UNIQUE, "user"),
                    anEvent().with("user", "u1"),
                    anEvent().with("user", "u2"),
                    anEvent().with("user", "u1"),
                    anEvent().withNumber("user", "7"),
                    anEvent().with("user", "7"),
                    anEvent());

            assertThat(value).isEqualByComparingTo("3");
        }

        @Test
        void aNumberWithTrailingZerosIsTheSameValueAsItsPlainText() {
            // 1.50 as a JSON number reads as "1.5"
            BigDecimal value = usage(aQuery(AggregationType.COUNT_UNIQUE, "price"),
                    anEvent().withNumber("price", "1.50"), anEvent().with("price", "1.5"));

            assertThat(value).isEqualByComparingTo("1");
        }
    }

    @Nested
    class Latest {

        @Test
        void takesTheValueOfTheLastEventByTimestampWhateverTheInputOrder() {
            BigDecimal value = usage(aQuery(AggregationType.LATEST, "seats"),
                    anEvent().at("2024-01-10T10:00:00Z").withNumber("seats", "5"),
                    anEvent().at("2024-01-10T12:00:00Z").withNumber("seats", "7"),
                    anEvent().at("2024-01-10T11:00:00Z").withNumber("seats", "9"));

            assertThat(value).isEqualByComparingTo("7");
        }

        @Test
        void onATimestampTieTheLaterIngestionWinsOverTheGreaterId() {
            BigDecimal value = usage(aQuery(AggregationType.LATEST, "seats"),
                    anEvent().id("event_a").at("2024-01-10T12:00:00Z").ingestedAt("2024-01-10T12:00:05Z")
                            .withNumber("seats", "1"),
                    anEvent().id("event_b").at("2024-01-10T12:00:00Z").ingestedAt("2024-01-10T12:00:02Z")
                            .withNumber("seats", "2"));

            assertThat(value).isEqualByComparingTo("1");
        }

        @Test
        void onATimestampAndIngestionTieTheGreaterIdWins() {
            BigDecimal value = usage(aQuery(AggregationType.LATEST, "seats"),
                    anEvent().id("event_b").at("2024-01-10T12:00:00Z").ingestedAt("2024-01-10T12:00:01Z")
                            .withNumber("seats", "2"),
                    anEvent().id("event_a").at("2024-01-10T12:00:00Z").ingestedAt("2024-01-10T12:00:01Z")
                            .withNumber("seats", "1"));

            assertThat(value).isEqualByComparingTo("2");
        }

        @Test
        void aLaterEventWithoutANumberLeavesTheEarlierValue() {
            BigDecimal value = usage(aQuery(AggregationType.LATEST, "seats"),
                    anEvent().at("2024-01-10T10:00:00Z").withNumber("seats", "5"),
                    anEvent().at("2024-01-10T11:00:00Z").with("seats", "n/a"));

            assertThat(value).isEqualByComparingTo("5");
        }

        @Test
        void noNumericValueGivesZero() {
            assertThat(usage(aQuery(AggregationType.LATEST, "seats"), anEvent())).isEqualTo(BigDecimal.ZERO);
        }
    }

    @Nested
    class SumWithMultiplier {

        private UsageQueries perKilobyte() {
            return aQuery(new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "bytes", dec("0.001"), null, null));
        }

        @Test
        void multipliesTheSum() {
            // (1500 + 2500) * 0.001 = 4
            BigDecimal value = usage(perKilobyte(),
                    anEvent().withNumber("bytes", "1500"), anEvent().with("bytes", "2500"), anEvent());

            assertThat(value).isEqualByComparingTo("4");
        }

        @Test
        void aFractionalMultiplierScalesExactly() {
            // (4 + 6) * 2.5 = 25
            UsageQueries query = aQuery(new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "n", dec("2.5"), null, null));

            assertThat(usage(query, anEvent().withNumber("n", "4"), anEvent().withNumber("n", "6")))
                    .isEqualByComparingTo("25");
        }
    }

    @Nested
    class WeightedSum {

        /** April 2024: 30 days. */
        private UsageQueries april() {
            return aQuery(AggregationType.WEIGHTED_SUM, "seats")
                    .from("2024-04-01T00:00:00Z").until("2024-05-01T00:00:00Z");
        }

        @Test
        void eachValueCountsForTheFractionOfThePeriodThatRemains() {
            // 10 * 30/30 + 4 * 15/30 + 6 * 6/30 = 10 + 2 + 1.2 = 13.2; the events outside [start, end) are ignored
            BigDecimal value = usage(april(),
                    anEvent().at("2024-04-01T00:00:00Z").withNumber("seats", "10"),
                    anEvent().at("2024-04-16T00:00:00Z").withNumber("seats", "4"),
                    anEvent().at("2024-04-25T00:00:00Z").with("seats", "6"),
                    anEvent().at("2024-03-31T23:59:59Z").withNumber("seats", "100"),
                    anEvent().at("2024-05-01T00:00:00Z").withNumber("seats", "100"));

            assertThat(value).isEqualByComparingTo("13.2");
        }

        @Test
        void aWeightThatDoesNotTerminateIsKeptTo34Digits() {
            // 1 * 20 days / 30 days = 0.666..., 34 significant digits
            BigDecimal value = usage(april(), anEvent().at("2024-04-11T00:00:00Z").withNumber("seats", "1"));

            assertThat(value).isEqualByComparingTo("0.6666666666666666666666666666666667");
        }

        @Test
        void missingAndNonNumericValuesAreSkipped() {
            // only the 8 at mid-period counts: 8 * 15/30 = 4
            BigDecimal value = usage(april(),
                    anEvent().at("2024-04-16T00:00:00Z").withNumber("seats", "8"),
                    anEvent().at("2024-04-02T00:00:00Z").with("seats", "many"),
                    anEvent().at("2024-04-03T00:00:00Z"));

            assertThat(value).isEqualByComparingTo("4");
        }

        @Test
        void eachWindowWeighsWithinTheWindowClippedToTheRange() {
            // range [Jan 1 12:00, Jan 3 00:00) = 36 h, DAY windows (UTC)
            // 6 at Jan 1 18:00: window Jan 1 clipped to [12:00, 24:00) = 12 h, 6 h remain -> 6 * 6/12 = 3
            //                   whole range: 30 h of 36 remain -> 6 * 30/36 = 5
            // 8 at Jan 2 06:00: window Jan 2 = 24 h, 18 h remain -> 8 * 18/24 = 6
            //                   whole range: 18 h of 36 remain -> 8 * 18/36 = 4
            UsageResult result = compute(aQuery(AggregationType.WEIGHTED_SUM, "seats")
                            .from("2024-01-01T12:00:00Z").until("2024-01-03T00:00:00Z").windows(WindowSize.DAY),
                    anEvent().at("2024-01-01T18:00:00Z").withNumber("seats", "6"),
                    anEvent().at("2024-01-02T06:00:00Z").withNumber("seats", "8"));

            assertThat(result.value()).isEqualByComparingTo("9");
            assertWindows(result,
                    "2024-01-01T00:00:00Z", "3",
                    "2024-01-02T00:00:00Z", "6");
        }

        @Test
        void theLastWindowEndsAtTheEndOfTheRange() {
            // range [Jan 1 00:00, Jan 2 12:00) = 36 h; 6 at Jan 2 06:00
            // window Jan 2 clipped to [00:00, 12:00) = 12 h, 6 h remain -> 6 * 6/12 = 3
            // whole range: 6 h of 36 remain -> 6 * 6/36 = 1
            UsageResult result = compute(aQuery(AggregationType.WEIGHTED_SUM, "seats")
                            .from("2024-01-01T00:00:00Z").until("2024-01-02T12:00:00Z").windows(WindowSize.DAY),
                    anEvent().at("2024-01-02T06:00:00Z").withNumber("seats", "6"));

            assertThat(result.value()).isEqualByComparingTo("1");
            assertWindows(result, "2024-01-02T00:00:00Z", "3");
        }

        @Test
        void anHourWindowInTheRepeatedHourOfAFallBackDayIsOneHourLong() {
            // New York, 2024-11-03: 01:00 EDT (05:00Z) to 01:00 EST (06:00Z) is one hour.
            // 4 at 05:30Z: window [05:00Z, 06:00Z), 30 min of 60 remain -> 4 * 30/60 = 2
            UsageResult result = compute(aQuery(AggregationType.WEIGHTED_SUM, "seats")
                            .from("2024-11-03T04:00:00Z").until("2024-11-03T08:00:00Z")
                            .windows(WindowSize.HOUR).zone("America/New_York"),
                    anEvent().at("2024-11-03T05:30:00Z").withNumber("seats", "4"));

            assertWindows(result, "2024-11-03T05:00:00Z", "2");
        }
    }

    @Nested
    class PropertyFilters {

        @Test
        void everyFilterMustMatchAndEachAcceptsAnyOfItsValues() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null)
                            .filter("region", "us", "eu").filter("tier", "pro"),
                    anEvent().with("region", "us").with("tier", "pro"),
                    anEvent().with("region", "eu").with("tier", "pro"),
                    anEvent().with("region", "us").with("tier", "free"),
                    anEvent().with("region", "ap").with("tier", "pro"),
                    anEvent().with("tier", "pro"));

            assertThat(value).isEqualByComparingTo("2");
        }

        @Test
        void numbersInPropertiesAreComparedAsPlainText() {
            // 1.50 (JSON number) reads "1.5" and matches; "1.50" (a string) stays "1.50" and does not
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null).filter("price", "1.5", "100"),
                    anEvent().withNumber("price", "1.50"),
                    anEvent().with("price", "1.5"),
                    anEvent().withNumber("price", "1E+2"),
                    anEvent().with("price", "1.50"),
                    anEvent().withNumber("price", "2"));

            assertThat(value).isEqualByComparingTo("3");
        }

        @Test
        void booleansAreComparedAsText() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null).filter("beta", "true"),
                    anEvent().with("beta", Boolean.TRUE),
                    anEvent().with("beta", "true"),
                    anEvent().with("beta", Boolean.FALSE));

            assertThat(value).isEqualByComparingTo("2");
        }

        @Test
        void filtersApplyBeforeTheAggregation() {
            // only gpt-4 events: 10 + 5 = 15
            BigDecimal value = usage(aQuery(AggregationType.SUM, "tokens").filter("model", "gpt-4"),
                    anEvent().with("model", "gpt-4").withNumber("tokens", "10"),
                    anEvent().with("model", "gpt-4").withNumber("tokens", "5"),
                    anEvent().with("model", "gpt-3").withNumber("tokens", "20"));

            assertThat(value).isEqualByComparingTo("15");
        }
    }

    @Nested
    class RangeAndCustomer {

        @Test
        void theRangeIsHalfOpenStartIncludedEndExcluded() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null)
                            .from("2024-01-01T00:00:00Z").until("2024-02-01T00:00:00Z"),
                    anEvent().at("2024-01-01T00:00:00Z"),
                    anEvent().at("2024-01-31T23:59:59.999999999Z"),
                    anEvent().at("2024-02-01T00:00:00Z"),
                    anEvent().at("2023-12-31T23:59:59.999999999Z"));

            assertThat(value).isEqualByComparingTo("2");
        }

        @Test
        void withoutAStartEveryEventBeforeTheEndCounts() {
            BigDecimal value = usage(aQuery(AggregationType.COUNT, null).from(null).until("2024-02-01T00:00:00Z"),
                    anEvent().at("2020-06-01T00:00:00Z"),
                    anEvent().at("2024-01-05T00:00:00Z"),
                    anEvent().at("2024-02-01T00:00:00Z"));

            assertThat(value).isEqualByComparingTo("2");
        }

        @Test
        void aCustomerQueryCountsOnlyThatCustomersEvents() {
            Events[] events = {
                    anEvent().forCustomer("cust_a"),
                    anEvent().forCustomer("cust_a"),
                    anEvent().forCustomer("cust_b")};

            assertThat(usage(aQuery(AggregationType.COUNT, null).forCustomer("cust_a"), events))
                    .isEqualByComparingTo("2");
            assertThat(usage(aQuery(AggregationType.COUNT, null).forCustomer("cust_c"), events))
                    .isEqualTo(BigDecimal.ZERO);
            assertThat(usage(aQuery(AggregationType.COUNT, null), events)).isEqualByComparingTo("3");
        }
    }

    @Nested
    class Windows {

        @Test
        void withoutAWindowSizeThereAreNoWindows() {
            assertThat(compute(aQuery(AggregationType.COUNT, null), anEvent()).windows()).isEmpty();
        }

        @Test
        void oneValuePerNonEmptyWindowInTimeOrder() {
            UsageResult result = compute(aQuery(AggregationType.COUNT, null).windows(WindowSize.DAY),
                    anEvent().at("2024-01-03T08:00:00Z"),
                    anEvent().at("2024-01-01T23:59:59Z"),
                    anEvent().at("2024-01-01T00:00:00Z"));

            assertThat(result.value()).isEqualByComparingTo("3");
            assertWindows(result,
                    "2024-01-01T00:00:00Z", "2",
                    "2024-01-03T00:00:00Z", "1");
        }

        @Test
        void dayWindowsFollowTheQueryTimeZone() {
            // Berlin is UTC+1 in January: 22:30Z is Jan 1 23:30, 23:30Z is already Jan 2 00:30
            UsageResult result = compute(aQuery(AggregationType.COUNT, null).windows(WindowSize.DAY)
                            .zone("Europe/Berlin"),
                    anEvent().at("2024-01-01T22:30:00Z"),
                    anEvent().at("2024-01-01T23:30:00Z"),
                    anEvent().at("2024-01-02T10:00:00Z"));

            assertWindows(result,
                    "2023-12-31T23:00:00Z", "1",
                    "2024-01-01T23:00:00Z", "2");
        }

        @Test
        void theDayOfASpringForwardIs23HoursLong() {
            // New York 2024-03-10: 00:00 EST = 05:00Z until 2024-03-11 00:00 EDT = 04:00Z
            // 1 + 2 in the short day, 4 in the next
            UsageResult result = compute(aQuery(AggregationType.SUM, "n").from("2024-03-01T00:00:00Z")
                            .until("2024-04-01T00:00:00Z").windows(WindowSize.DAY).zone("America/New_York"),
                    anEvent().at("2024-03-10T05:00:00Z").withNumber("n", "1"),
                    anEvent().at("2024-03-11T03:59:59Z").withNumber("n", "2"),
                    anEvent().at("2024-03-11T04:00:00Z").withNumber("n", "4"));

            assertWindows(result,
                    "2024-03-10T05:00:00Z", "3",
                    "2024-03-11T04:00:00Z", "4");
        }

        @Test
        void theTwoHoursOfAFallBackRepeatAreSeparateWindows() {
            // New York 2024-11-03: 01:30 EDT = 05:30Z and 01:30 EST = 06:30Z
            UsageResult result = compute(aQuery(AggregationType.COUNT, null).from("2024-11-01T00:00:00Z")
                            .until("2024-11-05T00:00:00Z").windows(WindowSize.HOUR).zone("America/New_York"),
                    anEvent().at("2024-11-03T05:30:00Z"),
                    anEvent().at("2024-11-03T06:30:00Z"));

            assertWindows(result,
                    "2024-11-03T05:00:00Z", "1",
                    "2024-11-03T06:00:00Z", "1");
        }

        @Test
        void monthWindowsFollowTheBillingAnchor() {
            // anchor the 31st at 00:00 UTC: windows start Dec 31, Jan 31, Feb 29 (2024 is a leap year), Mar 31
            // Dec 31 window: 1; Jan 31 window: 2; Feb 29 window: 3 + 4 = 7; Mar 31 window: 5
            UsageResult result = compute(aQuery(AggregationType.SUM, "n").from("2024-01-01T00:00:00Z")
                            .until("2024-04-15T00:00:00Z").windows(WindowSize.MONTH).anchor("2024-01-31T00:00:00Z"),
                    anEvent().at("2024-01-15T00:00:00Z").withNumber("n", "1"),
                    anEvent().at("2024-02-10T00:00:00Z").withNumber("n", "2"),
                    anEvent().at("2024-02-29T00:00:00Z").withNumber("n", "3"),
                    anEvent().at("2024-03-30T23:59:59Z").withNumber("n", "4"),
                    anEvent().at("2024-03-31T00:00:00Z").withNumber("n", "5"));

            assertThat(result.value()).isEqualByComparingTo("15");
            assertWindows(result,
                    "2023-12-31T00:00:00Z", "1",
                    "2024-01-31T00:00:00Z", "2",
                    "2024-02-29T00:00:00Z", "7",
                    "2024-03-31T00:00:00Z", "5");
        }

        @Test
        void eachWindowIsAggregatedOnItsOwn() {
            // MAX per hour: 10:00 -> max(3, 5) = 5; 11:00 -> 2
            UsageResult result = compute(aQuery(AggregationType.MAX, "cpu").windows(WindowSize.HOUR),
                    anEvent().at("2024-01-10T10:05:00Z").withNumber("cpu", "3"),
                    anEvent().at("2024-01-10T10:40:00Z").withNumber("cpu", "5"),
                    anEvent().at("2024-01-10T11:10:00Z").withNumber("cpu", "2"));

            assertThat(result.value()).isEqualByComparingTo("5");
            assertWindows(result,
                    "2024-01-10T10:00:00Z", "5",
                    "2024-01-10T11:00:00Z", "2");
        }
    }

    @Nested
    class BucketsAndGroups {

        @Test
        void bucketedMaxSumsTheMaximumOfEachBucket() {
            // hourly buckets: 10:00 -> max(3, 5) = 5; 11:00 -> 2; 13:00 -> 4; 5 + 2 + 4 = 11 (plain MAX would be 5)
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, WindowSize.HOUR, null));

            BigDecimal value = usage(query,
                    anEvent().at("2024-01-10T10:05:00Z").withNumber("cpu", "3"),
                    anEvent().at("2024-01-10T10:40:00Z").withNumber("cpu", "5"),
                    anEvent().at("2024-01-10T11:10:00Z").withNumber("cpu", "2"),
                    anEvent().at("2024-01-10T13:00:00Z").withNumber("cpu", "4"));

            assertThat(value).isEqualByComparingTo("11");
        }

        @Test
        void bucketedSumIsThePlainSum() {
            // 1.5 + 2 on Jan 10, 3.5 on Jan 11 = 7
            UsageQueries query = aQuery(new Aggregation(AggregationType.SUM, "n", null, WindowSize.DAY, null));

            BigDecimal value = usage(query,
                    anEvent().at("2024-01-10T01:00:00Z").withNumber("n", "1.5"),
                    anEvent().at("2024-01-10T23:00:00Z").withNumber("n", "2"),
                    anEvent().at("2024-01-11T00:00:00Z").withNumber("n", "3.5"));

            assertThat(value).isEqualByComparingTo("7");
        }

        @Test
        void bucketsFollowTheQueryTimeZone() {
            // 22:30Z and 23:30Z fall on one UTC day but on two Berlin days (UTC+1)
            UsageQueries utc = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, WindowSize.DAY, null));
            UsageQueries berlin = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, WindowSize.DAY, null))
                    .zone("Europe/Berlin");
            Events first = anEvent().at("2024-01-01T22:30:00Z").withNumber("cpu", "4");
            Events second = anEvent().at("2024-01-01T23:30:00Z").withNumber("cpu", "6");

            assertThat(usage(utc, first, second)).isEqualByComparingTo("6");
            assertThat(usage(berlin, first, second)).isEqualByComparingTo("10");
        }

        @Test
        void monthBucketsFollowTheBillingAnchor() {
            // anchor the 15th: Jan 10 is in the bucket from Dec 15 (5), Jan 20 and 25 in the one from Jan 15 (max 7)
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, WindowSize.MONTH, null))
                    .anchor("2023-11-15T00:00:00Z");

            BigDecimal value = usage(query,
                    anEvent().at("2024-01-10T00:00:00Z").withNumber("cpu", "5"),
                    anEvent().at("2024-01-20T00:00:00Z").withNumber("cpu", "3"),
                    anEvent().at("2024-01-25T00:00:00Z").withNumber("cpu", "7"));

            assertThat(value).isEqualByComparingTo("12");
        }

        @Test
        void bucketedMaxIsComputedPerWindow() {
            // DAY windows, HOUR buckets. Jan 10: max(3, 5) + 2 = 7; Jan 11: max(4, 1) + 6 = 10; total 17
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, WindowSize.HOUR, null))
                    .windows(WindowSize.DAY);

            UsageResult result = compute(query,
                    anEvent().at("2024-01-10T10:05:00Z").withNumber("cpu", "3"),
                    anEvent().at("2024-01-10T10:40:00Z").withNumber("cpu", "5"),
                    anEvent().at("2024-01-10T11:10:00Z").withNumber("cpu", "2"),
                    anEvent().at("2024-01-11T09:00:00Z").withNumber("cpu", "4"),
                    anEvent().at("2024-01-11T09:30:00Z").withNumber("cpu", "1"),
                    anEvent().at("2024-01-11T15:00:00Z").withNumber("cpu", "6"));

            assertThat(result.value()).isEqualByComparingTo("17");
            assertWindows(result,
                    "2024-01-10T00:00:00Z", "7",
                    "2024-01-11T00:00:00Z", "10");
        }

        @Test
        void groupByMaxSumsTheMaximumOfEachGroup() {
            // i1: max(3, 8) = 8; i2: 5; 8 + 5 = 13
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, null, "instance"));

            BigDecimal value = usage(query,
                    anEvent().with("instance", "i1").withNumber("cpu", "3"),
                    anEvent().with("instance", "i1").withNumber("cpu", "8"),
                    anEvent().with("instance", "i2").withNumber("cpu", "5"));

            assertThat(value).isEqualByComparingTo("13");
        }

        @Test
        void eventsWithoutTheGroupPropertyFormOneGroup() {
            // i1: 8; no instance: max(2, 4) = 4; 8 + 4 = 12
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, null, "instance"));

            BigDecimal value = usage(query,
                    anEvent().with("instance", "i1").withNumber("cpu", "8"),
                    anEvent().withNumber("cpu", "2"),
                    anEvent().withNumber("cpu", "4"));

            assertThat(value).isEqualByComparingTo("12");
        }

        @Test
        void groupValuesAreComparedAsText() {
            // instance 1 (number) and "1" (string) are one group: max(3, 9) = 9, not 3 + 9
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, null, "instance"));

            BigDecimal value = usage(query,
                    anEvent().withNumber("instance", "1").withNumber("cpu", "3"),
                    anEvent().with("instance", "1").withNumber("cpu", "9"));

            assertThat(value).isEqualByComparingTo("9");
        }

        @Test
        void groupByWithBucketsTakesTheMaximumPerGroupPerBucket() {
            // Jan 10: i1 max(4, 2) = 4, i2 6; Jan 11: i1 5; 4 + 6 + 5 = 15
            UsageQueries query = aQuery(new Aggregation(AggregationType.MAX, "cpu", null, WindowSize.DAY, "instance"));

            BigDecimal value = usage(query,
                    anEvent().at("2024-01-10T01:00:00Z").with("instance", "i1").withNumber("cpu", "4"),
                    anEvent().at("2024-01-10T02:00:00Z").with("instance", "i1").withNumber("cpu", "2"),
                    anEvent().at("2024-01-10T03:00:00Z").with("instance", "i2").withNumber("cpu", "6"),
                    anEvent().at("2024-01-11T01:00:00Z").with("instance", "i1").withNumber("cpu", "5"));

            assertThat(value).isEqualByComparingTo("15");
        }
    }

    @Nested
    class Normalisation {

        @Test
        void resultsCarryNoTrailingZeros() {
            // 1.10 + 2.40 = 3.50 -> 3.5
            BigDecimal value = usage(aQuery(AggregationType.SUM, "n"),
                    anEvent().withNumber("n", "1.10"), anEvent().withNumber("n", "2.40"));

            assertThat(value).isEqualByComparingTo("3.5");
            assertThat(value.scale()).isEqualTo(1);
        }

        @Test
        void aZeroResultIsPlainZero() {
            // 1.50 + (-1.50) = 0.00 -> 0
            BigDecimal value = usage(aQuery(AggregationType.SUM, "n"),
                    anEvent().withNumber("n", "1.50"), anEvent().withNumber("n", "-1.50"));

            assertThat(value).isEqualTo(BigDecimal.ZERO);
            assertThat(value).hasToString("0");
        }

        @Test
        void windowValuesAreNormalisedToo() {
            UsageResult result = compute(aQuery(AggregationType.SUM, "n").windows(WindowSize.DAY),
                    anEvent().withNumber("n", "2.50"), anEvent().withNumber("n", "0.50"));

            assertThat(result.windows()).singleElement()
                    .satisfies(w -> assertThat(w.value()).isEqualTo(dec("3")));
        }

        @Test
        void normaliseStripsTrailingZerosAndMakesZeroPlain() {
            assertThat(UsageCalculator.normalise(dec("2.500"))).isEqualTo(dec("2.5"));
            assertThat(UsageCalculator.normalise(dec("0.000"))).isEqualTo(BigDecimal.ZERO);
            assertThat(UsageCalculator.normalise(dec("-0.0"))).isEqualTo(BigDecimal.ZERO);
            assertThat(UsageCalculator.normalise(dec("1000.00")).toPlainString()).isEqualTo("1000");
        }

        @Test
        void normaliseRoundsTo34SignificantDigits() {
            // 36 digits: 1.23456789012345678901234567890123456 -> half-even at the 34th digit: ...12346
            assertThat(UsageCalculator.normalise(dec("1.23456789012345678901234567890123456")))
                    .isEqualTo(dec("1.234567890123456789012345678901235"));
        }

        @Test
        void aWholeNumberKeepsItsPlainForm() {
            BigDecimal value = usage(aQuery(AggregationType.SUM, "n"),
                    anEvent().withNumber("n", "600.0"), anEvent().withNumber("n", "400"));

            assertThat(value).hasToString("1000");
        }
    }
}
