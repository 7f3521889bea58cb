package io.flexprice.adapters.storage.postgres.metering;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.UsageCalculator;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

/**
 * Beyond the contract's hand-worked cases: over a few hundred random events (numbers of every scale,
 * numbers sent as strings, texts, booleans, missing keys, timestamp ties, a DST change, a month end),
 * every combination of aggregation, windows, buckets, groups, customer, filters and open start gives
 * exactly {@link UsageCalculator}'s result.
 */
class UsageEquivalenceIT {

    private static final Instant FIRST = Instant.parse("2024-02-27T00:00:00Z");
    private static final Instant START = Instant.parse("2024-03-03T07:00:00Z");
    private static final Instant END = Instant.parse("2024-04-02T13:30:00Z");

    private final Scope scope = Fixtures.aScope();
    private final PostgresEventStore store = new PostgresEventStore(PostgresTestDatabase.shared().sessions());

    @Test
    void everyQueryShapeGivesUsageCalculatorsResult() {
        List<Event> events = randomEvents(new Random(20240310), 400);
        store.insert(events);

        SoftAssertions softly = new SoftAssertions();
        for (Aggregation aggregation : aggregations()) {
            for (Window window : windows()) {
                for (String customer : Arrays.asList(null, "cust_a")) {
                    for (List<PropertyFilter> filters : List.of(List.<PropertyFilter>of(),
                            List.of(new PropertyFilter("model", List.of("gpt", "1.5", "true"))))) {
                        for (Instant start : Arrays.asList(START, null)) {
                            if (start == null && aggregation.type() == AggregationType.WEIGHTED_SUM) {
                                continue;
                            }
                            UsageQuery query = new UsageQuery("api_call", aggregation, filters, customer, start, END,
                                    window.size(), window.zone(), window.anchor());
                            softly.assertThat(store.read(scope, query)).as(query.toString())
                                    .isEqualTo(UsageCalculator.compute(query, events));
                        }
                    }
                }
            }
        }
        softly.assertAll();
    }

    private static List<Aggregation> aggregations() {
        List<Aggregation> aggregations = new ArrayList<>();
        for (AggregationType type : AggregationType.values()) {
            String field = type == AggregationType.COUNT_UNIQUE ? "model" : "tokens";
            aggregations.add(new Aggregation(type, field,
                    type == AggregationType.SUM_WITH_MULTIPLIER ? new BigDecimal("1.5") : null, null, null));
        }
        aggregations.add(new Aggregation(AggregationType.MAX, "tokens", null, WindowSize.HOUR, null));
        aggregations.add(new Aggregation(AggregationType.SUM, "tokens", null, WindowSize.DAY, null));
        aggregations.add(new Aggregation(AggregationType.MAX, "tokens", null, null, "workspace"));
        aggregations.add(new Aggregation(AggregationType.MAX, "tokens", null, WindowSize.SIX_HOURS, "workspace"));
        return aggregations;
    }

    private record Window(WindowSize size, ZoneId zone, Instant anchor) {
    }

    private static List<Window> windows() {
        ZoneId newYork = ZoneId.of("America/New_York");
        return List.of(new Window(null, ZoneOffset.UTC, null), new Window(WindowSize.HOUR, newYork, null),
                new Window(WindowSize.DAY, newYork, null), new Window(WindowSize.WEEK, ZoneOffset.UTC, null),
                new Window(WindowSize.MONTH, ZoneId.of("Asia/Kolkata"), Instant.parse("2024-01-31T10:00:00Z")));
    }

    /** Timestamps on a 17-minute grid, so that some events tie; ingestion a few seconds later or earlier. */
    private List<Event> randomEvents(Random random, int count) {
        Object[] tokens = {new BigDecimal("1.50"), new BigDecimal("3"), new BigDecimal("-2"), new BigDecimal("0.125"),
                new BigDecimal("1E+2"), "2.5", " 7 ", "lots", Boolean.TRUE, null};
        Object[] models = {"gpt", "claude", new BigDecimal("1.50"), Boolean.TRUE, null};
        Object[] workspaces = {"a", "b", new BigDecimal("2"), null};
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Instant timestamp = FIRST.plusSeconds(17 * 60L * random.nextInt(3_300)).plusMillis(random.nextInt(3) * 7);
            Fixtures.EventBuilder event = Fixtures.anEvent(scope).at(timestamp)
                    .name(random.nextInt(10) == 0 ? "other" : "api_call")
                    .customer(random.nextBoolean() ? "cust_a" : "cust_b")
                    .ingestedAt(timestamp.plusSeconds(random.nextInt(5)));
            putUnlessNull(event, "tokens", tokens[random.nextInt(tokens.length)]);
            putUnlessNull(event, "model", models[random.nextInt(models.length)]);
            putUnlessNull(event, "workspace", workspaces[random.nextInt(workspaces.length)]);
            events.add(event.build());
        }
        return events;
    }

    private static void putUnlessNull(Fixtures.EventBuilder event, String key, Object value) {
        if (value != null) {
            event.property(key, value);
        }
    }
}
