package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.UsageCalculator;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.metering.UsageResult.WindowValue;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.EventFilter;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.UsageReader;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The event store and usage reader on Postgres: table {@code events}, keyed by the event identity.
 * Usage is computed by one SQL statement over the matching events, with the meaning of
 * {@link UsageCalculator}; only the final divisions (AVG, WEIGHTED_SUM), the multiplier and
 * {@link UsageCalculator#normalise} run here, on the few values the statement returns.
 */
public final class PostgresEventStore implements EventRepository, UsageReader {

    /** Rows per INSERT statement: 10 bind parameters each, far below Postgres's 65,535. */
    private static final int INSERT_CHUNK = 500;

    /** The most windows (or buckets) one usage query may span; more is a validation error. */
    static final int MAX_WINDOWS = 100_000;

    /**
     * The order a batch is inserted in: concurrent batches that share identities wait for each other
     * in one order, so they cannot deadlock.
     */
    private static final Comparator<Event> BY_IDENTITY = Comparator
            .comparing((Event e) -> e.scope().tenantId().value())
            .thenComparing(e -> e.scope().environmentId().value())
            .thenComparing(e -> e.id().value());

    private final EventMapper mapper;
    private final PostgresTransactions transactions;

    @Inject
    public PostgresEventStore(PostgresSessions sessions) {
        this.mapper = sessions.mapper(EventMapper.class);
        this.transactions = new PostgresTransactions(sessions);
    }

    /**
     * The first occurrence of each identity is kept, then inserted in chunks with {@code ON CONFLICT DO
     * NOTHING}; the identities Postgres reports stored are the inserted events, every other event of
     * the batch is a duplicate. The chunks run in one transaction (the caller's, if one is open): a
     * failure stores none of them, so a retry of the batch is not told that its events are duplicates.
     */
    @Override
    public InsertOutcome insert(List<Event> events) {
        Map<Event.EventKey, Event> firstOccurrences = new LinkedHashMap<>();
        events.forEach(event -> firstOccurrences.putIfAbsent(event.key(), event));
        List<EventRow> rows = firstOccurrences.values().stream().sorted(BY_IDENTITY).map(EventRow::from).toList();
        Set<Event.EventKey> stored = rows.isEmpty() ? Set.of() : transactions.inTransaction(() -> {
            Set<Event.EventKey> keys = new HashSet<>();
            for (int from = 0; from < rows.size(); from += INSERT_CHUNK) {
                List<EventRow> chunk = rows.subList(from, Math.min(from + INSERT_CHUNK, rows.size()));
                mapper.insertNew(chunk).forEach(key -> keys.add(key.toKey()));
            }
            return keys;
        });
        List<Event.EventKey> duplicates = new ArrayList<>();
        Set<Event.EventKey> counted = new HashSet<>();
        for (Event event : events) {
            if (!stored.contains(event.key()) || !counted.add(event.key())) {
                duplicates.add(event.key());
            }
        }
        return new InsertOutcome(stored.size(), duplicates);
    }

    @Override
    public Optional<Event> findById(Scope scope, EventId id) {
        return Optional.ofNullable(mapper.findById(scope.tenantId().value(), scope.environmentId().value(), id.value()))
                .map(EventRow::toDomain);
    }

    /** Newest first whatever {@code page.order()} says, as the port defines the event listing. */
    @Override
    public Page<Event> search(Scope scope, EventFilter filter, PageRequest page) {
        String tenantId = scope.tenantId().value();
        String environmentId = scope.environmentId().value();
        long total = mapper.count(tenantId, environmentId, filter);
        List<Event> items = total <= page.offset() ? List.of()
                : mapper.search(tenantId, environmentId, filter, page.order(), page.limit(), page.offset()).stream()
                        .map(EventRow::toDomain).toList();
        return new Page<>(items, total, page.limit(), page.offset());
    }

    /**
     * Window and bucket boundaries are computed here, on the query's calendar, and sent with the
     * statement. Without a start the range starts at the first matching event, which costs one more
     * statement only when boundaries depend on it.
     */
    @Override
    public UsageResult read(Scope scope, UsageQuery query) {
        Aggregation aggregation = query.aggregation();
        Instant rangeStart = query.start();
        EventFilter matching = matching(query, rangeStart);
        if (rangeStart == null && (query.windowSize() != null || aggregation.bucketSize() != null)) {
            rangeStart = mapper.firstTimestamp(scope.tenantId().value(), scope.environmentId().value(), matching);
            if (rangeStart == null) {
                return new UsageResult(BigDecimal.ZERO, List.of());
            }
            // an earlier event stored meanwhile must not fall before the first window
            matching = matching(query, rangeStart);
        }
        List<Instant> windowStarts = boundaries(query.windowSize(), rangeStart, query);
        UsageParameters parameters = new UsageParameters(scope.tenantId().value(), scope.environmentId().value(),
                matching, aggregation.type().name(), aggregation.field(), aggregation.groupBy(), windowStarts,
                boundaries(aggregation.bucketSize(), rangeStart, query));
        if (aggregation.type() == AggregationType.LATEST) {
            return latest(present(mapper.latest(parameters)), windowStarts);
        }
        BigDecimal total = BigDecimal.ZERO;
        List<WindowValue> windows = new ArrayList<>();
        for (UsageRow row : present(mapper.aggregate(parameters))) {
            if (row.windowIndex() == null) {
                total = value(aggregation, row, rangeStart, query.end());
            } else {
                Instant windowStart = windowStarts.get(row.windowIndex() - 1);
                Instant nextStart = row.windowIndex() < windowStarts.size() ? windowStarts.get(row.windowIndex())
                        : query.end();
                windows.add(new WindowValue(windowStart, value(aggregation, row, later(windowStart, rangeStart),
                        earlier(nextStart, query.end()))));
            }
        }
        return new UsageResult(total, windows);
    }

    /** The events a usage query counts, from {@code start} (null: from the first) to the query's end. */
    private static EventFilter matching(UsageQuery query, Instant start) {
        return new EventFilter(query.externalCustomerId(), query.eventName(), null, null, start, query.end(),
                query.filters());
    }

    /** The starts of the windows of {@code size} covering the range, or null if {@code size} is. */
    private static List<Instant> boundaries(WindowSize size, Instant rangeStart, UsageQuery query) {
        return size == null ? null
                : size.windowStarts(rangeStart, query.end(), query.zone(), query.billingAnchor(), MAX_WINDOWS);
    }

    /** A row's quantity over the period {@code [from, to)}, finished as {@link UsageCalculator} does. */
    private static BigDecimal value(Aggregation aggregation, UsageRow row, Instant from, Instant to) {
        BigDecimal value = row.valueOrZero();
        BigDecimal result = switch (aggregation.type()) {
            case SUM_WITH_MULTIPLIER -> value.multiply(aggregation.multiplier());
            case AVG -> row.numericCount() == 0 ? BigDecimal.ZERO
                    : value.divide(BigDecimal.valueOf(row.numericCount()), UsageCalculator.PRECISION);
            case WEIGHTED_SUM -> {
                long periodMillis = Duration.between(from, to).toMillis();
                yield periodMillis <= 0 ? BigDecimal.ZERO
                        : value.divide(BigDecimal.valueOf(periodMillis), UsageCalculator.PRECISION);
            }
            default -> value;
        };
        return UsageCalculator.normalise(result);
    }

    /**
     * Without windows the one row is the range's; with windows the range's latest value is that of the
     * last window that has one.
     */
    private static UsageResult latest(List<UsageRow> rows, List<Instant> windowStarts) {
        BigDecimal total = BigDecimal.ZERO;
        List<WindowValue> windows = new ArrayList<>();
        for (UsageRow row : rows) {
            BigDecimal value = UsageCalculator.normalise(row.valueOrZero());
            if (row.hasValue()) {
                total = value;
            }
            if (row.windowIndex() != null) {
                windows.add(new WindowValue(windowStarts.get(row.windowIndex() - 1), value));
            }
        }
        return new UsageResult(total, windows);
    }

    /**
     * The rows MyBatis built: it gives a row whose columns are all null as null, which here is the
     * range's row when no event had a number, a zero like a missing row.
     */
    private static List<UsageRow> present(List<UsageRow> rows) {
        return rows.stream().filter(Objects::nonNull).toList();
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
