package io.flexprice.domain.metering;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The meaning of every aggregation, computed over events in memory. Storage adapters that compute
 * usage in their query language are tested against the same contract; this class is the reference
 * and the engine of the in-memory adapter.
 *
 * <p>Events whose aggregated property is missing or not numeric are left out of numeric
 * aggregations; COUNT counts every matching event. Quantities are exact decimals; divisions (AVG,
 * WEIGHTED_SUM) use {@link #PRECISION}.
 */
public final class UsageCalculator {

    /** Working precision of divisions: 34 significant digits. */
    public static final MathContext PRECISION = MathContext.DECIMAL128;

    /** LATEST picks the last event by timestamp; ties go to the later ingestion, then the greater id. */
    public static final Comparator<Event> EVENT_ORDER = Comparator.comparing(Event::timestamp)
            .thenComparing(Event::ingestedAt)
            .thenComparing(e -> e.id().value());

    private UsageCalculator() {
    }

    public static UsageResult compute(UsageQuery query, Collection<Event> events) {
        List<Event> matching = events.stream().filter(query::matches).sorted(EVENT_ORDER).toList();
        Instant rangeStart = query.start() != null ? query.start()
                : matching.isEmpty() ? query.end() : matching.get(0).timestamp();
        BigDecimal total = aggregate(query, matching, rangeStart, query.end());
        if (query.windowSize() == null) {
            return new UsageResult(total, List.of());
        }
        TreeMap<Instant, List<Event>> byWindow = new TreeMap<>();
        for (Event event : matching) {
            Instant windowStart = query.windowSize().windowStart(event.timestamp(), query.zone(), query.billingAnchor());
            byWindow.computeIfAbsent(windowStart, k -> new ArrayList<>()).add(event);
        }
        List<UsageResult.WindowValue> windows = new ArrayList<>();
        byWindow.forEach((windowStart, windowEvents) -> {
            Instant windowEnd = query.windowSize().next(windowStart, query.zone(), query.billingAnchor());
            Instant from = windowStart.isBefore(rangeStart) ? rangeStart : windowStart;
            Instant to = windowEnd.isAfter(query.end()) ? query.end() : windowEnd;
            windows.add(new UsageResult.WindowValue(windowStart, aggregate(query, windowEvents, from, to)));
        });
        return new UsageResult(total, windows);
    }

    /** Aggregates events already known to match, over the period {@code [from, to)}. */
    private static BigDecimal aggregate(UsageQuery query, List<Event> events, Instant from, Instant to) {
        Aggregation aggregation = query.aggregation();
        if (aggregation.bucketSize() == null) {
            return normalise(aggregateGroups(aggregation, events, from, to));
        }
        Map<Instant, List<Event>> buckets = new LinkedHashMap<>();
        for (Event event : events) {
            Instant bucket = aggregation.bucketSize().windowStart(event.timestamp(), query.zone(), query.billingAnchor());
            buckets.computeIfAbsent(bucket, k -> new ArrayList<>()).add(event);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (List<Event> bucket : buckets.values()) {
            sum = sum.add(aggregateGroups(aggregation, bucket, from, to));
        }
        return normalise(sum);
    }

    private static BigDecimal aggregateGroups(Aggregation aggregation, List<Event> events, Instant from, Instant to) {
        if (aggregation.groupBy() == null) {
            return aggregateOnce(aggregation, events, from, to);
        }
        Map<String, List<Event>> groups = new LinkedHashMap<>();
        for (Event event : events) {
            String group = event.properties().text(aggregation.groupBy()).orElse("");
            groups.computeIfAbsent(group, k -> new ArrayList<>()).add(event);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (List<Event> group : groups.values()) {
            sum = sum.add(aggregateOnce(aggregation, group, from, to));
        }
        return sum;
    }

    private static BigDecimal aggregateOnce(Aggregation aggregation, List<Event> events, Instant from, Instant to) {
        String field = aggregation.field();
        return switch (aggregation.type()) {
            case COUNT -> BigDecimal.valueOf(events.size());
            case SUM -> sum(events, field);
            case SUM_WITH_MULTIPLIER -> sum(events, field).multiply(aggregation.multiplier());
            case AVG -> {
                List<BigDecimal> values = numbers(events, field);
                yield values.isEmpty() ? BigDecimal.ZERO
                        : total(values).divide(BigDecimal.valueOf(values.size()), PRECISION);
            }
            case MAX -> numbers(events, field).stream().max(Comparator.naturalOrder()).orElse(BigDecimal.ZERO);
            case COUNT_UNIQUE -> {
                Set<String> distinct = new HashSet<>();
                events.forEach(e -> e.properties().text(field).ifPresent(distinct::add));
                yield BigDecimal.valueOf(distinct.size());
            }
            case LATEST -> {
                BigDecimal latest = BigDecimal.ZERO;
                for (Event event : events) { // sorted by EVENT_ORDER: the last numeric value wins
                    Optional<BigDecimal> value = event.properties().number(field);
                    if (value.isPresent()) {
                        latest = value.get();
                    }
                }
                yield latest;
            }
            case WEIGHTED_SUM -> weightedSum(events, field, from, to);
        };
    }

    /**
     * Each value weighs the fraction of {@code [from, to)} that remains after its timestamp: a seat
     * added half-way through a period counts half. Remaining time is counted in whole milliseconds
     * (truncated); the weighted values are summed exactly and divided once.
     */
    private static BigDecimal weightedSum(List<Event> events, String field, Instant from, Instant to) {
        long periodMillis = Duration.between(from, to).toMillis();
        if (periodMillis <= 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal weighted = BigDecimal.ZERO;
        for (Event event : events) {
            Optional<BigDecimal> value = event.properties().number(field);
            if (value.isPresent()) {
                Instant at = event.timestamp().isBefore(from) ? from : event.timestamp();
                weighted = weighted.add(value.get().multiply(BigDecimal.valueOf(Duration.between(at, to).toMillis())));
            }
        }
        return weighted.divide(BigDecimal.valueOf(periodMillis), PRECISION);
    }

    private static BigDecimal sum(List<Event> events, String field) {
        return total(numbers(events, field));
    }

    private static List<BigDecimal> numbers(List<Event> events, String field) {
        List<BigDecimal> values = new ArrayList<>(events.size());
        for (Event event : events) {
            event.properties().number(field).ifPresent(values::add);
        }
        return values;
    }

    private static BigDecimal total(List<BigDecimal> values) {
        BigDecimal sum = BigDecimal.ZERO;
        for (BigDecimal value : values) {
            sum = sum.add(value);
        }
        return sum;
    }

    /** Equal quantities look the same on the wire: no trailing zeros, no exponent (1000, not 1E+3), zero is 0. */
    public static BigDecimal normalise(BigDecimal value) {
        BigDecimal rounded = value.round(PRECISION);
        if (rounded.signum() == 0) {
            return BigDecimal.ZERO;
        }
        BigDecimal stripped = rounded.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
