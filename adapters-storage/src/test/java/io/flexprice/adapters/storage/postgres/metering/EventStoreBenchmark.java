package io.flexprice.adapters.storage.postgres.metering;

import com.zaxxer.hikari.HikariDataSource;
import io.flexprice.adapters.storage.postgres.EmbeddedPostgresServer;
import io.flexprice.adapters.storage.postgres.PostgresMigrations;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.adapters.storage.postgres.QueryPlans;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.EventFilter;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.apache.ibatis.binding.MapperMethod;

/**
 * Ingest rate and usage latency of {@link PostgresEventStore} at production-like volume: a year of
 * events of 1,000 customers, loaded through {@code insert} in batches of 1,000 (the bulk endpoint's
 * most), into an embedded Postgres in a temporary directory, deleted afterwards. Then 50 timed runs
 * (after 10 untimed) of each query, on a random customer and month each run. A benchmark to run by
 * hand, not a test: it replaces the "Postgres event store" section of the report file with its numbers.
 *
 * <p>Arguments: {@code [events, default 1500000] [report, default docs/benchmarks.md]}. How to run it
 * is written into the report.
 */
public final class EventStoreBenchmark {

    private static final int CUSTOMERS = 1_000;
    private static final int BATCH = 1_000;
    private static final int WARM_UP_RUNS = 10;
    private static final int RUNS = 50;
    private static final int YEAR = 2024;
    private static final String[] MODELS = {"gpt-4o", "gpt-4o-mini", "claude-3.5", "llama-3", "mistral-large"};
    private static final String[] REGIONS = {"eu", "us", "ap"};
    private static final String SECTION = "## Postgres event store";

    private final Scope scope = Scope.of("tenant_benchmark", "env_benchmark");
    private final Random random = new Random(2024);
    private final PostgresEventStore store;
    private final PostgresSessions sessions;
    private final HikariDataSource dataSource;

    private EventStoreBenchmark(PostgresSessions sessions, HikariDataSource dataSource) {
        this.sessions = sessions;
        this.dataSource = dataSource;
        this.store = new PostgresEventStore(sessions);
    }

    public static void main(String[] args) throws Exception {
        int events = args.length > 0 ? Integer.parseInt(args[0]) : 1_500_000;
        Path report = Path.of(args.length > 1 ? args[1] : "docs/benchmarks.md");
        Path directory = Files.createTempDirectory("flexprice-event-benchmark");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("pg"));
             HikariDataSource dataSource = server.connection(4).open("event-benchmark")) {
            PostgresMigrations.migrate(dataSource);
            String results = new EventStoreBenchmark(new PostgresSessions(dataSource), dataSource).run(events);
            writeSection(report, results);
            System.out.println(results);
        } finally {
            deleteRecursively(directory);
        }
    }

    private String run(int events) throws SQLException {
        long started = System.nanoTime();
        StringBuilder out = new StringBuilder(SECTION).append("\n\n");
        out.append("Measured ").append(LocalDate.now(ZoneOffset.UTC)).append(" by `EventStoreBenchmark` (adapters-storage ")
                .append("test sources) on ").append(machine()).append("; ").append(server()).append(".\n\n");

        load(events);
        double loadSeconds = (System.nanoTime() - started) / 1e9;
        out.append("### Ingest\n\n")
                .append(String.format("%,d events of %,d customers over %d, through `insert` in batches of %,d on one "
                        + "thread (each batch one transaction): **%.1f s, %,.0f events/s**.%n%n",
                        events, CUSTOMERS, YEAR, BATCH, loadSeconds, events / loadSeconds));
        vacuumAnalyze();
        out.append(sizes()).append("\n");

        out.append("### Usage and listing latency\n\n")
                .append(String.format("%d runs after %d untimed ones, each on a random customer (~%,d events a "
                        + "month, 4 in 5 of them the queried `api_call`) and month; milliseconds, as the caller of "
                        + "the port sees them.%n%n",
                        RUNS, WARM_UP_RUNS, events / CUSTOMERS / 12))
                .append("| query | p50 | p95 | max |\n|---|---:|---:|---:|\n");
        out.append(time("one customer, one month: SUM", (customer, month) -> store.read(scope,
                monthOf(customer, month, Aggregation.of(AggregationType.SUM, "tokens"), null))));
        out.append(time("one customer, one month: SUM in DAY windows (Europe/Berlin)", (customer, month) ->
                store.read(scope, monthOf(customer, month, Aggregation.of(AggregationType.SUM, "tokens"),
                        WindowSize.DAY))));
        out.append(time("one customer, one month: COUNT_UNIQUE", (customer, month) -> store.read(scope,
                monthOf(customer, month, Aggregation.of(AggregationType.COUNT_UNIQUE, "model"), null))));
        out.append(time("one customer's events, newest first: first page of 50 and total", (customer, month) ->
                store.search(scope, new EventFilter(customer, null, null, null, null, null, List.of()),
                        PageRequest.first(50))));
        out.append(time("every customer, one month: SUM", (customer, month) -> store.read(scope,
                monthOf(null, month, Aggregation.of(AggregationType.SUM, "tokens"), null))));
        out.append(time("every event, newest first: first page of 50 and total (counts them all)",
                (customer, month) -> store.search(scope, EventFilter.ALL, PageRequest.first(50))));
        out.append("\n").append(plans());
        out.append("\n### Rerun\n\nFrom the repository root (defaults: 1500000 events, docs/benchmarks.md):\n\n```\n")
                .append("mvn -o -q -B -pl adapters-storage -am test-compile dependency:build-classpath \\\n")
                .append("    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test\n")
                .append("java -cp adapters-storage/target/test-classes:adapters-storage/target/classes:"
                        + "$(cat adapters-storage/target/bench.cp) \\\n")
                .append("    io.flexprice.adapters.storage.postgres.metering.EventStoreBenchmark "
                        + "[events] [report file]\n```\n\n")
                .append(String.format("This run took %.1f minutes, server start aside; each run rewrites "
                        + "this section.%n", (System.nanoTime() - started) / 6e10));
        return out.toString();
    }

    private void load(int events) {
        long yearStart = LocalDate.of(YEAR, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond();
        long yearSeconds = LocalDate.of(YEAR + 1, 1, 1).atStartOfDay(ZoneOffset.UTC).toEpochSecond() - yearStart;
        List<Event> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < events; i++) {
            Instant timestamp = Instant.ofEpochSecond(yearStart + (long) (random.nextDouble()
                    * yearSeconds), random.nextInt(1_000) * 1_000_000L);
            batch.add(new Event(scope, EventId.of("event_" + i), random.nextInt(5) == 0 ? "llm_call" : "api_call",
                    customer(random.nextInt(CUSTOMERS)), null, timestamp, "benchmark",
                    EventProperties.of(Map.of("tokens", BigDecimal.valueOf(1 + random.nextInt(2_000)),
                            "model", MODELS[random.nextInt(MODELS.length)],
                            "region", REGIONS[random.nextInt(REGIONS.length)])),
                    timestamp.plusMillis(random.nextInt(2_000))));
            if (batch.size() == BATCH || i == events - 1) {
                store.insert(batch);
                batch.clear();
            }
        }
    }

    private static String customer(int number) {
        return "cust_" + number;
    }

    private UsageQuery monthOf(String customer, YearMonth month, Aggregation aggregation, WindowSize windows) {
        ZoneId berlin = ZoneId.of("Europe/Berlin");
        return new UsageQuery("api_call", aggregation, List.of(), customer,
                month.atDay(1).atStartOfDay(berlin).toInstant(), month.plusMonths(1).atDay(1).atStartOfDay(berlin)
                .toInstant(), windows, berlin, null);
    }

    private interface Run {
        void run(String customer, YearMonth month);
    }

    private String time(String name, Run query) {
        long[] nanos = new long[RUNS];
        for (int run = -WARM_UP_RUNS; run < RUNS; run++) {
            String customer = customer(random.nextInt(CUSTOMERS));
            YearMonth month = YearMonth.of(YEAR, 1 + random.nextInt(12));
            long started = System.nanoTime();
            query.run(customer, month);
            if (run >= 0) {
                nanos[run] = System.nanoTime() - started;
            }
        }
        Arrays.sort(nanos);
        return String.format("| %s | %.1f | %.1f | %.1f |%n", name, nanos[RUNS / 2 - 1] / 1e6,
                nanos[(int) Math.ceil(RUNS * 0.95) - 1] / 1e6, nanos[RUNS - 1] / 1e6);
    }

    /** The plans of the usage and listing statements: which index each uses. */
    private String plans() throws SQLException {
        UsageQuery query = monthOf(customer(7), YearMonth.of(YEAR, 6), Aggregation.of(AggregationType.SUM, "tokens"),
                WindowSize.DAY);
        EventFilter oneCustomer = new EventFilter(query.externalCustomerId(), query.eventName(), null, null,
                query.start(), query.end(), List.of());
        EventFilter everyCustomer = new EventFilter(null, query.eventName(), null, null, query.start(), query.end(),
                List.of());
        List<Instant> windowStarts = WindowSize.DAY.windowStarts(query.start(), query.end(), query.zone(), null,
                PostgresEventStore.MAX_WINDOWS);
        return "### Plans\n\nEXPLAIN plans a statement for its bound values (a custom plan). The timed runs go "
                + "through pgjdbc, which prepares a statement on the server from its fifth run; Postgres would then "
                + "be free to keep a generic plan, made without the values, which for the every-customer SUM is a "
                + "plain index scan without parallel workers, several times slower. The pool sets "
                + "`plan_cache_mode=force_custom_plan` on its connections (`PostgresConnection`), so the timed runs "
                + "use plans like these.\n\n"
                + plan("One customer, one month, SUM in DAY windows (`aggregate`)", "aggregate", new UsageParameters(
                        scope.tenantId().value(), scope.environmentId().value(), oneCustomer, "SUM", "tokens", null,
                        windowStarts, null))
                + plan("Every customer, one month, SUM (`aggregate`)", "aggregate", new UsageParameters(
                        scope.tenantId().value(), scope.environmentId().value(), everyCustomer, "SUM", "tokens", null,
                        null, null))
                + plan("One customer's events, first page (`search`)", "search",
                        listing(new EventFilter(customer(7), null, null, null, null, null, List.of())))
                + plan("Every event, first page (`search`)", "search", listing(EventFilter.ALL));
    }

    /** The parameters of {@link EventMapper#search} for the first page of 50. */
    private MapperMethod.ParamMap<Object> listing(EventFilter filter) {
        MapperMethod.ParamMap<Object> parameters = new MapperMethod.ParamMap<>();
        parameters.put("tenantId", scope.tenantId().value());
        parameters.put("environmentId", scope.environmentId().value());
        parameters.put("filter", filter);
        parameters.put("limit", 50);
        parameters.put("offset", 0);
        return parameters;
    }

    private String plan(String title, String statement, Object parameter) throws SQLException {
        List<String> lines = QueryPlans.explain(sessions, dataSource, EventMapper.class.getName() + "." + statement,
                parameter);
        return title + ":\n\n```\n" + String.join("\n", lines) + "\n```\n\n";
    }

    private void vacuumAnalyze() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE events");
        }
    }

    private String sizes() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT pg_size_pretty(pg_table_size('events')), "
                     + "pg_size_pretty(pg_indexes_size('events'))")) {
            rs.next();
            return String.format("After `VACUUM ANALYZE`: table %s, indexes %s.%n", rs.getString(1), rs.getString(2));
        }
    }

    /** The server's version and the settings that move the numbers most. */
    private String server() throws SQLException {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
             ResultSet rs = statement.executeQuery("SELECT split_part(version(), ' on ', 1), "
                     + "current_setting('fsync'), current_setting('synchronous_commit'), "
                     + "current_setting('shared_buffers'), current_setting('work_mem')")) {
            rs.next();
            return String.format("%s as `EmbeddedPostgresServer` runs it (fsync=%s, synchronous_commit=%s, "
                    + "shared_buffers=%s, work_mem=%s)", rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getString(4), rs.getString(5));
        }
    }

    private static String machine() {
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        return String.format("%d cores, %d GiB RAM, Java %s",
                Runtime.getRuntime().availableProcessors(), os.getTotalMemorySize() >> 30,
                Runtime.version().feature());
    }

    /** Replaces the section this benchmark writes (or appends it), keeping the other sections. */
    private static void writeSection(Path report, String section) throws IOException {
        String existing = Files.exists(report) ? Files.readString(report) : "# Benchmarks\n\n";
        int start = existing.indexOf(SECTION);
        String updated;
        if (start < 0) {
            updated = existing.stripTrailing() + "\n\n" + section;
        } else {
            int next = existing.indexOf("\n## ", start + SECTION.length());
            updated = existing.substring(0, start) + section + (next < 0 ? "" : existing.substring(next + 1));
        }
        Files.createDirectories(report.toAbsolutePath().getParent());
        Files.writeString(report, updated);
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
