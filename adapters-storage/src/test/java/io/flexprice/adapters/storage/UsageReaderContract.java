package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.metering.UsageResult.WindowValue;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.UsageReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.assertj.core.api.recursive.comparison.RecursiveComparisonConfiguration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * What every {@link UsageReader} computes, aggregation by aggregation. Events are written through the
 * {@link EventRepository} of the same store. Every expected value is worked out by hand in a comment.
 */
public abstract class UsageReaderContract {

    /** Most tests read {@code api_call} usage over these 20 days of March 2024, in UTC. */
    private static final Instant START = Instant.parse("2024-03-01T00:00:00Z");
    private static final Instant END = Instant.parse("2024-03-21T00:00:00Z");

    private static final RecursiveComparisonConfiguration DECIMALS_BY_VALUE = RecursiveComparisonConfiguration.builder()
            .withComparatorForType(BigDecimal::compareTo, BigDecimal.class).build();

    private final Scope scope = Fixtures.aScope();

    /** Where the contract writes its events; must feed the reader under test. */
    protected abstract EventRepository events();

    /** The reader under test. */
    protected abstract UsageReader usage();

    /**
     * The events most aggregation tests read, with {@code api_call} usage in [START, END):
     *
     * <pre>
     * id  timestamp (UTC)          customer  tokens  model
     * e1  03-01 00:00 (= START)    cust_a    10      gpt
     * e2  03-03 12:00              cust_a    "2.5"   claude     a number sent as a string
     * e3  03-06 00:00              cust_a    7       gpt
     * e4  03-11 00:00              cust_a    -       gpt        no tokens
     * e5  03-13 00:00              cust_b    3       mistral
     * e6  03-16 00:00              cust_a    "lots"  claude     tokens not a number
     * and events the queries must leave out, with values that would show if they were counted:
     * x1  02-29 23:59:59.999       cust_a    1000    llama      before START
     * x2  03-21 00:00 (= END)      cust_a    1000    llama      at END: the range is half-open
     * x3  03-05 00:00              cust_a    1000    llama      another event name
     * x4  03-05 00:00, other scope cust_a    1000    llama
     * </pre>
     */
    private void storeTheMarchEvents() {
        store(apiCall("2024-03-01T00:00:00Z", "cust_a").property("tokens", decimal("10")).property("model", "gpt"),
                apiCall("2024-03-03T12:00:00Z", "cust_a").property("tokens", "2.5").property("model", "claude"),
                apiCall("2024-03-06T00:00:00Z", "cust_a").property("tokens", decimal("7")).property("model", "gpt"),
                apiCall("2024-03-11T00:00:00Z", "cust_a").property("model", "gpt"),
                apiCall("2024-03-13T00:00:00Z", "cust_b").property("tokens", decimal("3")).property("model", "mistral"),
                apiCall("2024-03-16T00:00:00Z", "cust_a").property("tokens", "lots").property("model", "claude"),
                apiCall("2024-02-29T23:59:59.999Z", "cust_a").property("tokens", decimal("1000"))
                        .property("model", "llama"),
                apiCall("2024-03-21T00:00:00Z", "cust_a").property("tokens", decimal("1000"))
                        .property("model", "llama"),
                apiCall("2024-03-05T00:00:00Z", "cust_a").name("other_event").property("tokens", decimal("1000"))
                        .property("model", "llama"));
        Scope otherScope = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        events().insert(List.of(Fixtures.anEvent(otherScope).customer("cust_a").at("2024-03-05T00:00:00Z")
                .property("tokens", decimal("1000")).property("model", "llama").build()));
    }

    @Test
    void countCountsEveryMatchingEventWithOrWithoutTheField() {
        storeTheMarchEvents();

        // e1..e6 = 6
        assertThat(read(Aggregation.of(AggregationType.COUNT, null)).value()).isEqualByComparingTo("6");
    }

    @Test
    void sumAddsTheNumericValuesAndSkipsMissingAndNonNumericOnes() {
        storeTheMarchEvents();

        // 10 + 2.5 + 7 + 3 = 22.5 (e4 has no tokens, e6's are not a number)
        assertThat(read(Aggregation.of(AggregationType.SUM, "tokens")).value()).isEqualByComparingTo("22.5");
    }

    @Test
    void avgDividesTheSumByTheNumberOfNumericValues() {
        storeTheMarchEvents();

        // (10 + 2.5 + 7 + 3) / 4 = 22.5 / 4 = 5.625
        assertThat(read(Aggregation.of(AggregationType.AVG, "tokens")).value()).isEqualByComparingTo("5.625");
    }

    @Test
    void maxIsTheLargestNumericValue() {
        storeTheMarchEvents();

        // max(10, 2.5, 7, 3) = 10; the 1000s are all outside the query
        assertThat(read(Aggregation.of(AggregationType.MAX, "tokens")).value()).isEqualByComparingTo("10");
    }

    @Test
    void countUniqueCountsTheDistinctValues() {
        storeTheMarchEvents();

        // {gpt, claude, mistral} = 3; llama only appears outside the query
        assertThat(read(Aggregation.of(AggregationType.COUNT_UNIQUE, "model")).value()).isEqualByComparingTo("3");
    }

    @Test
    void latestIsTheLastNumericValueByTimestamp() {
        storeTheMarchEvents();

        // by timestamp: e1 10, e2 2.5, e3 7, e4 -, e5 3, e6 "lots" -> the last number is e5's 3
        assertThat(read(Aggregation.of(AggregationType.LATEST, "tokens")).value()).isEqualByComparingTo("3");
    }

    @Test
    void latestBreaksATimestampTieByTheLaterIngestion() {
        store(apiCall("2024-03-02T00:00:00Z", "cust_a").id(Fixtures.uniqueId("event") + "_b")
                        .ingestedAt(Instant.parse("2024-03-02T00:00:01Z")).property("tokens", decimal("1")),
                apiCall("2024-03-02T00:00:00Z", "cust_a").id(Fixtures.uniqueId("event") + "_a")
                        .ingestedAt(Instant.parse("2024-03-02T00:00:02Z")).property("tokens", decimal("2")));

        // same timestamp: the one ingested later (2) wins, though its id is not the greater one
        assertThat(read(Aggregation.of(AggregationType.LATEST, "tokens")).value()).isEqualByComparingTo("2");
    }

    @Test
    void sumWithMultiplierScalesTheSum() {
        storeTheMarchEvents();

        // 22.5 * 1.5 = 33.75
        Aggregation aggregation = new Aggregation(AggregationType.SUM_WITH_MULTIPLIER, "tokens", decimal("1.5"), null,
                null);
        assertThat(read(aggregation).value()).isEqualByComparingTo("33.75");
    }

    @Test
    void weightedSumWeighsEachValueByTheShareOfThePeriodLeftAfterIt() {
        storeTheMarchEvents();

        // the period is 20 days; each value times (days from it to END) / 20:
        // e1 10 * 20/20 = 10; e2 2.5 * 17.5/20 = 2.1875; e3 7 * 15/20 = 5.25; e5 3 * 8/20 = 1.2
        // 10 + 2.1875 + 5.25 + 1.2 = 18.6375
        assertThat(read(Aggregation.of(AggregationType.WEIGHTED_SUM, "tokens")).value())
                .isEqualByComparingTo("18.6375");
    }

    @Test
    void customerFilterCountsOnlyThatCustomersEvents() {
        storeTheMarchEvents();

        // cust_a: e1, e2, e3, e4, e6 -> 5 events; 10 + 2.5 + 7 = 19.5; latest number is e3's 7
        assertThat(read(query(Aggregation.of(AggregationType.COUNT, null)).forCustomer("cust_a")).value())
                .isEqualByComparingTo("5");
        assertThat(read(query(Aggregation.of(AggregationType.SUM, "tokens")).forCustomer("cust_a")).value())
                .isEqualByComparingTo("19.5");
        assertThat(read(query(Aggregation.of(AggregationType.LATEST, "tokens")).forCustomer("cust_a")).value())
                .isEqualByComparingTo("7");
    }

    @Test
    void propertyFiltersCombineWithAndAndMatchAnyListedValue() {
        store(apiCall("2024-03-02T00:00:00Z", "cust_a").property("model", "gpt").property("region", "eu")
                        .property("tier", decimal("2.50")).property("tokens", decimal("1")),
                apiCall("2024-03-02T00:00:00Z", "cust_a").property("model", "gpt").property("region", "us")
                        .property("tokens", decimal("2")),
                apiCall("2024-03-02T00:00:00Z", "cust_a").property("model", "gpt").property("region", "ap")
                        .property("tokens", decimal("4")),
                apiCall("2024-03-02T00:00:00Z", "cust_a").property("model", "claude").property("region", "eu")
                        .property("tokens", decimal("8")),
                apiCall("2024-03-02T00:00:00Z", "cust_a").property("region", "eu").property("tokens", decimal("16")),
                apiCall("2024-03-02T00:00:00Z", "cust_a").property("model", "gpt").property("tokens", decimal("32")));
        Aggregation sum = Aggregation.of(AggregationType.SUM, "tokens");

        // model gpt AND region in (eu, us): 1 + 2 = 3
        assertThat(read(query(sum).filteredBy(new PropertyFilter("model", List.of("gpt")),
                new PropertyFilter("region", List.of("eu", "us")))).value()).isEqualByComparingTo("3");
        // model in (gpt, claude), events without a model left out: 1 + 2 + 4 + 8 + 32 = 47
        assertThat(read(query(sum).filteredBy(new PropertyFilter("model", List.of("gpt", "claude")))).value())
                .isEqualByComparingTo("47");
        // a JSON number matches the filter value written in its plain shortest form: tier 2.50 is "2.5" -> 1
        assertThat(read(query(sum).filteredBy(new PropertyFilter("tier", List.of("2.5")))).value())
                .isEqualByComparingTo("1");
    }

    @Test
    void rangeIncludesAnEventExactlyAtStartAndExcludesOneExactlyAtEnd() {
        store(apiCall("2024-02-29T23:59:59.999Z", "cust_a"), apiCall("2024-03-01T00:00:00Z", "cust_a"),
                apiCall("2024-03-20T23:59:59.999Z", "cust_a"), apiCall("2024-03-21T00:00:00Z", "cust_a"));

        // at START and 1 ms before END -> 2
        assertThat(read(Aggregation.of(AggregationType.COUNT, null)).value()).isEqualByComparingTo("2");
    }

    @Test
    void rangeWithoutStartCountsFromTheFirstEvent() {
        store(apiCall("2023-01-01T00:00:00Z", "cust_a"), apiCall("2024-03-01T00:00:00Z", "cust_a"),
                apiCall("2024-03-21T00:00:00Z", "cust_a"));

        // everything before END: 2023-01-01 and 2024-03-01 -> 2
        assertThat(read(query(Aggregation.of(AggregationType.COUNT, null)).from(null)).value())
                .isEqualByComparingTo("2");
    }

    @Test
    void dayWindowsRunFromLocalMidnightToLocalMidnightWhenClocksGoForward() {
        // New York moves from EST (-5) to EDT (-4) at 2024-03-10 02:00 local: that day is 23 hours long,
        // [03-10T05:00Z, 03-11T04:00Z)
        store(apiCall("2024-03-10T04:59:59Z", "cust_a").property("tokens", decimal("1")),  // 03-09 23:59:59 EST
                apiCall("2024-03-10T05:00:00Z", "cust_a").property("tokens", decimal("2")),  // 03-10 00:00 EST
                apiCall("2024-03-11T03:59:59Z", "cust_a").property("tokens", decimal("4")),  // 03-10 23:59:59 EDT
                apiCall("2024-03-11T04:00:00Z", "cust_a").property("tokens", decimal("8")),  // 03-11 00:00 EDT
                apiCall("2024-03-11T04:30:00Z", "cust_a").property("tokens", decimal("16"))); // 03-11 00:30 EDT

        UsageResult result = read(query(Aggregation.of(AggregationType.SUM, "tokens"))
                .between("2024-03-09T05:00:00Z", "2024-03-12T04:00:00Z")
                .inWindows(WindowSize.DAY, ZoneId.of("America/New_York"), null));

        // 03-09: 1; 03-10: 2 + 4 = 6; 03-11: 8 + 16 = 24; total 31
        assertThat(result.value()).isEqualByComparingTo("31");
        assertWindows(result, window("2024-03-09T05:00:00Z", "1"), window("2024-03-10T05:00:00Z", "6"),
                window("2024-03-11T04:00:00Z", "24"));
    }

    @Test
    void dayWindowsRunFromLocalMidnightToLocalMidnightWhenClocksGoBack() {
        // New York moves from EDT (-4) to EST (-5) at 2024-11-03 02:00 local: that day is 25 hours long,
        // [11-03T04:00Z, 11-04T05:00Z)
        store(apiCall("2024-11-03T04:00:00Z", "cust_a").property("tokens", decimal("1")),  // 11-03 00:00 EDT
                apiCall("2024-11-04T04:30:00Z", "cust_a").property("tokens", decimal("2")),  // 11-03 23:30 EST
                apiCall("2024-11-04T05:00:00Z", "cust_a").property("tokens", decimal("4"))); // 11-04 00:00 EST

        UsageResult result = read(query(Aggregation.of(AggregationType.SUM, "tokens"))
                .between("2024-11-03T04:00:00Z", "2024-11-05T05:00:00Z")
                .inWindows(WindowSize.DAY, ZoneId.of("America/New_York"), null));

        // 11-03: 1 + 2 = 3; 11-04: 4; total 7
        assertThat(result.value()).isEqualByComparingTo("7");
        assertWindows(result, window("2024-11-03T04:00:00Z", "3"), window("2024-11-04T05:00:00Z", "4"));
    }

    @Test
    void hourWindowsWhenClocksGoBackAreTheTimelinesHoursNotTheWallClocks() {
        // New York repeats 01:00-02:00 local on 2024-11-03: 01:00 EDT is 05:00Z, the repeated 01:00 EST is 06:00Z
        store(apiCall("2024-11-03T05:30:00Z", "cust_a").property("tokens", decimal("1")),  // 01:30 EDT
                apiCall("2024-11-03T06:30:00Z", "cust_a").property("tokens", decimal("2"))); // 01:30 EST

        UsageResult result = read(query(Aggregation.of(AggregationType.WEIGHTED_SUM, "tokens"))
                .between("2024-11-03T04:00:00Z", "2024-11-03T08:00:00Z")
                .inWindows(WindowSize.HOUR, ZoneId.of("America/New_York"), null));

        // each window is one real hour: [05:00Z, 06:00Z) gives 1 * 30/60 = 0.5, [06:00Z, 07:00Z) 2 * 30/60 = 1
        // the 4 h range: 1 * 150/240 + 2 * 90/240 = 0.625 + 0.75 = 1.375
        assertThat(result.value()).isEqualByComparingTo("1.375");
        assertWindows(result, window("2024-11-03T05:00:00Z", "0.5"), window("2024-11-03T06:00:00Z", "1"));
    }

    @Test
    void monthWindowsAnchoredOnThe31stFallToTheLastDayOfShorterMonths() {
        // anchor 01-31: the boundaries are 01-31, 02-29 (2024 is a leap year), 03-31, 04-30
        store(apiCall("2024-02-28T23:59:59Z", "cust_a").property("tokens", decimal("1")),
                apiCall("2024-02-29T00:00:00Z", "cust_a").property("tokens", decimal("2")),
                apiCall("2024-03-30T12:00:00Z", "cust_a").property("tokens", decimal("4")),
                apiCall("2024-03-31T00:00:00Z", "cust_a").property("tokens", decimal("8")),
                apiCall("2024-04-29T23:00:00Z", "cust_a").property("tokens", decimal("32")),
                apiCall("2024-04-30T00:00:00Z", "cust_a").property("tokens", decimal("16")));

        UsageResult result = read(query(Aggregation.of(AggregationType.SUM, "tokens"))
                .between("2024-01-31T00:00:00Z", "2024-06-01T00:00:00Z")
                .inWindows(WindowSize.MONTH, ZoneOffset.UTC, Instant.parse("2024-01-31T00:00:00Z")));

        // [01-31, 02-29): 1; [02-29, 03-31): 2 + 4 = 6; [03-31, 04-30): 8 + 32 = 40; [04-30, 05-31): 16
        // total 1 + 6 + 40 + 16 = 63
        assertThat(result.value()).isEqualByComparingTo("63");
        assertWindows(result, window("2024-01-31T00:00:00Z", "1"), window("2024-02-29T00:00:00Z", "6"),
                window("2024-03-31T00:00:00Z", "40"), window("2024-04-30T00:00:00Z", "16"));
    }

    @Test
    void weightedSumOfAWindowWeighsByTheWindowCutToTheRange() {
        store(apiCall("2024-03-01T20:00:00Z", "cust_a").property("tokens", decimal("8")),
                apiCall("2024-03-02T06:00:00Z", "cust_a").property("tokens", decimal("4")));

        UsageResult result = read(query(Aggregation.of(AggregationType.WEIGHTED_SUM, "tokens"))
                .between("2024-03-01T16:00:00Z", "2024-03-03T00:00:00Z")
                .inWindows(WindowSize.DAY, ZoneOffset.UTC, null));

        // the range is 32 h: 8 * 28/32 + 4 * 18/32 = 7 + 2.25 = 9.25
        // day 03-01 is cut to [16:00, 24:00), 8 h: 8 * 4/8 = 4
        // day 03-02 is whole, 24 h: 4 * 18/24 = 3
        assertThat(result.value()).isEqualByComparingTo("9.25");
        assertWindows(result, window("2024-03-01T00:00:00Z", "4"), window("2024-03-02T00:00:00Z", "3"));
    }

    @Test
    void bucketedMaxSumsTheMaximumOfEachBucket() {
        store(apiCall("2024-03-01T10:05:00Z", "cust_a").property("tokens", decimal("3")),
                apiCall("2024-03-01T10:50:00Z", "cust_a").property("tokens", decimal("5")),
                apiCall("2024-03-01T11:00:00Z", "cust_a").property("tokens", decimal("2")),
                apiCall("2024-03-01T13:10:00Z", "cust_a").property("tokens", decimal("1")),
                apiCall("2024-03-01T13:59:00Z", "cust_a").property("tokens", decimal("7")));

        // hour buckets: 10:00 max(3, 5) = 5; 11:00 2; 13:00 max(1, 7) = 7 -> 5 + 2 + 7 = 14
        Aggregation aggregation = new Aggregation(AggregationType.MAX, "tokens", null, WindowSize.HOUR, null);
        assertThat(read(aggregation).value()).isEqualByComparingTo("14");
    }

    @Test
    void groupedMaxSumsTheMaximumOfEachGroup() {
        store(apiCall("2024-03-02T00:00:00Z", "cust_a").property("workspace", "a").property("seats", decimal("3")),
                apiCall("2024-03-03T00:00:00Z", "cust_a").property("workspace", "a").property("seats", decimal("5")),
                apiCall("2024-03-04T00:00:00Z", "cust_a").property("workspace", "b").property("seats", decimal("4")),
                apiCall("2024-03-05T00:00:00Z", "cust_a").property("workspace", "b").property("seats", decimal("2")),
                apiCall("2024-03-06T00:00:00Z", "cust_a").property("seats", decimal("1")));

        // a: max(3, 5) = 5; b: max(4, 2) = 4; the event without a workspace is a group of its own: 1
        // 5 + 4 + 1 = 10
        Aggregation aggregation = new Aggregation(AggregationType.MAX, "seats", null, null, "workspace");
        assertThat(read(aggregation).value()).isEqualByComparingTo("10");
    }

    @ParameterizedTest
    @EnumSource(value = AggregationType.class,
            names = {"SUM", "AVG", "MAX", "LATEST", "SUM_WITH_MULTIPLIER", "WEIGHTED_SUM"})
    void numericAggregationOfEventsWithoutANumberIsZero(AggregationType type) {
        store(apiCall("2024-03-02T00:00:00Z", "cust_a"),
                apiCall("2024-03-03T00:00:00Z", "cust_a").property("tokens", "n/a"),
                apiCall("2024-03-04T00:00:00Z", "cust_a").property("tokens", Boolean.TRUE));

        Aggregation aggregation = new Aggregation(type, "tokens",
                type == AggregationType.SUM_WITH_MULTIPLIER ? BigDecimal.TEN : null, null, null);
        assertThat(read(aggregation).value()).isEqualByComparingTo("0");
    }

    @Test
    void noEventsIsZeroWithoutWindows() {
        UsageResult result = read(query(Aggregation.of(AggregationType.SUM, "tokens"))
                .inWindows(WindowSize.DAY, ZoneOffset.UTC, null));

        assertThat(result.value()).isEqualByComparingTo("0");
        assertThat(result.windows()).isEmpty();
    }

    @Test
    void duplicateEventCountsOnceWithItsFirstVersion() {
        Event first = apiCall("2024-03-02T00:00:00Z", "cust_a").property("tokens", decimal("5")).build();
        events().insert(List.of(first));
        store(apiCall("2024-03-03T00:00:00Z", "cust_a").id(first.id().value()).property("tokens", decimal("100")));

        // the retry with the same id is absorbed: only the first version's 5 counts
        assertThat(read(Aggregation.of(AggregationType.SUM, "tokens")).value()).isEqualByComparingTo("5");
    }

    private Fixtures.EventBuilder apiCall(String timestamp, String customer) {
        return Fixtures.anEvent(scope).at(timestamp).customer(customer);
    }

    private void store(Fixtures.EventBuilder... builders) {
        events().insert(List.of(builders).stream().map(Fixtures.EventBuilder::build).toList());
    }

    private UsageResult read(Aggregation aggregation) {
        return read(query(aggregation));
    }

    private UsageResult read(QueryBuilder query) {
        return usage().read(scope, query.build());
    }

    private static QueryBuilder query(Aggregation aggregation) {
        return new QueryBuilder(aggregation);
    }

    private static BigDecimal decimal(String value) {
        return new BigDecimal(value);
    }

    private static WindowValue window(String start, String value) {
        return new WindowValue(Instant.parse(start), new BigDecimal(value));
    }

    private static void assertWindows(UsageResult result, WindowValue... expected) {
        assertThat(result.windows()).usingRecursiveFieldByFieldElementComparator(DECIMALS_BY_VALUE)
                .containsExactly(expected);
    }

    /** An {@code api_call} query over [START, END) in UTC, for every customer, without windows. */
    private static final class QueryBuilder {

        private final Aggregation aggregation;
        private List<PropertyFilter> filters = List.of();
        private String customer;
        private Instant start = START;
        private Instant end = END;
        private WindowSize windowSize;
        private ZoneId zone = ZoneOffset.UTC;
        private Instant billingAnchor;

        QueryBuilder(Aggregation aggregation) {
            this.aggregation = aggregation;
        }

        QueryBuilder forCustomer(String externalCustomerId) {
            customer = externalCustomerId;
            return this;
        }

        QueryBuilder filteredBy(PropertyFilter... propertyFilters) {
            filters = List.of(propertyFilters);
            return this;
        }

        QueryBuilder from(Instant value) {
            start = value;
            return this;
        }

        QueryBuilder between(String isoStart, String isoEnd) {
            start = Instant.parse(isoStart);
            end = Instant.parse(isoEnd);
            return this;
        }

        QueryBuilder inWindows(WindowSize size, ZoneId windowZone, Instant anchor) {
            windowSize = size;
            zone = windowZone;
            billingAnchor = anchor;
            return this;
        }

        UsageQuery build() {
            return new UsageQuery("api_call", aggregation, filters, customer, start, end, windowSize, zone,
                    billingAnchor);
        }
    }
}
