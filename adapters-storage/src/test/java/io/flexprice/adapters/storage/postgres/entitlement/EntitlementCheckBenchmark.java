package io.flexprice.adapters.storage.postgres.entitlement;

import com.zaxxer.hikari.HikariDataSource;
import io.flexprice.adapters.storage.postgres.EmbeddedPostgresServer;
import io.flexprice.adapters.storage.postgres.PostgresMigrations;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.adapters.storage.postgres.addon.PostgresAddonRepository;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.adapters.storage.postgres.feature.PostgresFeatureRepository;
import io.flexprice.adapters.storage.postgres.metering.PostgresEventStore;
import io.flexprice.adapters.storage.postgres.metering.PostgresMeterRepository;
import io.flexprice.adapters.storage.postgres.plan.PostgresPlanRepository;
import io.flexprice.adapters.storage.postgres.subscription.PostgresSubscriptionRepository;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.entitlement.CheckEntitlementService;
import io.flexprice.ports.application.entitlement.FindCustomerEntitlementsService;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.EntitlementCheck;
import io.flexprice.ports.in.entitlement.FeatureRef;
import io.flexprice.ports.in.tenancy.Caller;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import java.util.stream.Stream;

/**
 * Latency of the one-call entitlement check ({@link CheckEntitlementService}) on Postgres: 1,000 customers, each
 * with a monthly subscription to one plan granting 10 features (a metered one with a limit, 9 boolean), one in
 * ten with an override, and 200 usage events each over two months, in an embedded Postgres in a temporary
 * directory, deleted afterwards. 300 timed checks (after 50 untimed) of a random customer, then the same for the
 * customer usage summary. A benchmark to run by hand, not a test: it replaces the "Entitlement check" section of
 * the report file with its numbers.
 *
 * <p>Arguments: {@code [report, default docs/benchmarks.md]}.
 */
public final class EntitlementCheckBenchmark {

    private static final int CUSTOMERS = 1_000;
    private static final int FEATURES = 10;
    private static final int EVENTS_PER_CUSTOMER = 200;
    private static final int WARM_UP_RUNS = 50;
    private static final int RUNS = 300;
    private static final String SECTION = "## Entitlement check";
    private static final Instant NOW = Instant.parse("2026-03-20T12:00:00Z");
    private static final Instant CREATED = Instant.parse("2025-12-01T00:00:00Z");

    private final Scope scope = Scope.of("tenant_benchmark", "env_benchmark");
    private final Caller caller = new Caller(scope, "benchmark");
    private final Random random = new Random(2026);
    private final AtomicInteger sequence = new AtomicInteger();
    private final PostgresSessions sessions;
    private final HikariDataSource dataSource;

    private EntitlementCheckBenchmark(PostgresSessions sessions, HikariDataSource dataSource) {
        this.sessions = sessions;
        this.dataSource = dataSource;
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "benchmark-logback.xml");
        Path report = Path.of(args.length > 0 ? args[0] : "docs/benchmarks.md");
        Path directory = Files.createTempDirectory("flexprice-entitlement-benchmark");
        try (EmbeddedPostgresServer server = EmbeddedPostgresServer.start(directory.resolve("pg"), false);
             HikariDataSource dataSource = server.connection(4).open("entitlement-benchmark")) {
            PostgresMigrations.migrate(dataSource);
            new EntitlementCheckBenchmark(new PostgresSessions(dataSource), dataSource).run(report);
        } finally {
            try (Stream<Path> paths = Files.walk(directory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(path);
                }
            }
        }
    }

    private void run(Path report) throws IOException {
        var customers = new PostgresCustomerRepository(sessions);
        var subscriptions = new PostgresSubscriptionRepository(sessions);
        var entitlements = new PostgresEntitlementRepository(sessions);
        var features = new PostgresFeatureRepository(sessions);
        var plans = new PostgresPlanRepository(sessions);
        var addons = new PostgresAddonRepository(sessions);
        var meters = new PostgresMeterRepository(sessions);
        var events = new PostgresEventStore(sessions);
        Clock clock = Clock.fixed(NOW, ZoneOffset.UTC);

        Meter meter = new Meter(MeterId.of("meter_calls"), scope, "API calls", "api_call",
                Aggregation.of(AggregationType.SUM, "units"), List.of(), ResetUsage.BILLING_PERIOD, Status.PUBLISHED,
                Audit.createdBy("benchmark", CREATED));
        meters.insert(meter);
        Plan plan = new Plan(PlanId.of("plan_pro"), scope, "Pro", null, null, Metadata.EMPTY, Status.PUBLISHED,
                Audit.createdBy("benchmark", CREATED));
        plans.insert(plan);
        List<Entitlement> planEntitlements = new ArrayList<>();
        for (int f = 0; f < FEATURES; f++) {
            boolean metered = f == 0;
            Feature feature = new Feature(FeatureId.of("feat_" + f), scope, "Feature " + f, null, "feature_" + f,
                    metered ? FeatureType.METERED : FeatureType.BOOLEAN, metered ? meter.id() : null, null, null,
                    Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("benchmark", CREATED));
            features.insert(feature);
            Entitlement e = new Entitlement(EntitlementId.of("ent_plan_" + f), scope, EntitlementEntityType.PLAN,
                    plan.id().value(), feature.id(), feature.type(), true, metered ? new BigDecimal("100000") : null,
                    metered ? UsageResetPeriod.MONTHLY : null, false, null, null, null, null, Status.PUBLISHED,
                    Audit.createdBy("benchmark", CREATED));
            entitlements.insert(e);
            planEntitlements.add(e);
        }
        ListedPrice fee = new ListedPrice(PriceId.of("price_fee"), scope, PriceEntityType.PLAN, plan.id().value(), null,
                null, "Fee", null, Metadata.EMPTY, new Price(PriceType.FIXED, BillingModel.FLAT_FEE,
                Currency.getInstance("USD"), new BigDecimal("10"), null, List.of(), null, BillingCadence.RECURRING,
                BillingPeriod.MONTHLY, 1, InvoiceCadence.ADVANCE, null), Status.PUBLISHED,
                Audit.createdBy("benchmark", CREATED));

        long loadStarted = System.nanoTime();
        List<Event> batch = new ArrayList<>();
        for (int c = 0; c < CUSTOMERS; c++) {
            Customer customer = new Customer(CustomerId.of("cust_" + c), scope, "ext_" + c, "Customer " + c, null,
                    null, ZoneId.of("UTC"), null, Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("benchmark", CREATED));
            customers.insert(customer);
            Instant start = Instant.parse("2026-01-01T00:00:00Z").plusSeconds(86_400L * random.nextInt(28));
            NewSubscription spec = new NewSubscription(SubscriptionId.of("subs_" + c), scope, customer.id(), plan.id(),
                    Currency.getInstance("USD"), BillingCycle.ANNIVERSARY, null, BillingPeriod.MONTHLY, 1,
                    ZoneId.of("UTC"), start, null, null, null, null, null, false, null, null, List.of(), List.of());
            Subscription subscription = Subscription.create(spec, List.of(fee),
                    () -> SubscriptionLineItemId.of("line_" + sequence.incrementAndGet()),
                    Audit.createdBy("benchmark", start));
            subscriptions.insert(subscription);
            if (c % 10 == 0) {
                entitlements.insert(planEntitlements.get(0).overriddenFor(EntitlementId.of("ent_override_" + c),
                        subscription.id().value(), null, new BigDecimal("250000"), null,
                        Audit.createdBy("benchmark", CREATED)));
            }
            for (int e = 0; e < EVENTS_PER_CUSTOMER; e++) {
                Instant at = Instant.parse("2026-02-01T00:00:00Z").plusSeconds(random.nextInt(48 * 86_400));
                batch.add(new Event(scope, EventId.of("evt_" + c + "_" + e), "api_call", customer.externalId(), null,
                        at, null, EventProperties.of(Map.<String, Object>of("units", BigDecimal.valueOf(1 + random.nextInt(100)))),
                        at));
            }
            if (batch.size() >= 1_000) {
                events.insert(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            events.insert(batch);
        }
        double loadSeconds = (System.nanoTime() - loadStarted) / 1e9;
        try (var connection = dataSource.getConnection(); var statement = connection.createStatement()) {
            statement.execute("VACUUM ANALYZE"); // statistics as a table in service has them
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException(e);
        }

        var check = new CheckEntitlementService(customers, subscriptions, entitlements, features, plans, addons,
                meters, events, clock);
        var find = new FindCustomerEntitlementsService(customers, subscriptions, entitlements, features, plans,
                addons, meters, events, clock);
        EntitlementCheck sample = check.check(caller, CustomerRef.byExternalId("ext_1"), FeatureRef.byId("feat_0"));
        double[] checks = time(c -> check.check(caller, CustomerRef.byExternalId("ext_" + c),
                FeatureRef.byId("feat_0")));
        double[] checksByLookupKey = time(c -> check.check(caller, CustomerRef.byId("cust_" + c),
                FeatureRef.byLookupKey("feature_3")));
        double[] summaries = time(c -> find.usageSummary(caller, CustomerRef.byId("cust_" + c), List.of(), List.of(),
                List.of()));

        StringBuilder out = new StringBuilder(SECTION).append("\n\n");
        out.append(String.format("Measured %s by `EntitlementCheckBenchmark` (adapters-storage test sources) on %d cores, "
                        + "%.0f GiB RAM, Java %s; PostgreSQL as `EmbeddedPostgresServer` runs it for tests "
                        + "(fsync off). The services are called in process, as the HTTP resources call them.%n%n",
                java.time.LocalDate.now(), Runtime.getRuntime().availableProcessors(),
                ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                        .getTotalMemorySize() / 1024.0 / 1024 / 1024, System.getProperty("java.version")));
        out.append(String.format("%,d customers, each with a monthly subscription to one plan granting %d features "
                        + "(one metered with a monthly limit, the others boolean), one in ten with an override of the "
                        + "metered limit, and %,d usage events each over February and March (%,d events); loaded in "
                        + "%.1f s, then `VACUUM ANALYZE`. %d timed calls after %d untimed ones, each for a random customer; milliseconds.%n%n",
                CUSTOMERS, FEATURES, EVENTS_PER_CUSTOMER, CUSTOMERS * EVENTS_PER_CUSTOMER, loadSeconds, RUNS,
                WARM_UP_RUNS));
        out.append("| call | reads | p50 | p95 | max |\n|---|---:|---:|---:|---:|\n");
        row(out, "`CheckEntitlementQuery.check`, metered feature by id, external customer id", "6", checks);
        row(out, "`CheckEntitlementQuery.check`, boolean feature by lookup key", "4", checksByLookupKey);
        row(out, "`FindCustomerEntitlementsQuery.usageSummary`, all 10 features", "8 + plan name", summaries);
        out.append(String.format("%nA check answers, for example: allowed %s, limit %s, used %s in [%s, %s), "
                        + "%s left.%n%n", sample.access().allowed(), sample.access().entitlement().usageLimit()
                        .toPlainString(), sample.access().currentUsage().toPlainString(),
                sample.window().period().start(), sample.window().period().end(),
                sample.access().remaining().toPlainString()));
        out.append("Reads of a metered check, one repository call each: the customer, the feature, the customer's "
                + "subscriptions, the entitlements of their plans, addons and own (one query over "
                + "`entitlements_live_entity_feature_idx`), the meter, and the usage in the reset window "
                + "(`events_usage_idx`). An unmetered check skips the last two. Without the `VACUUM ANALYZE` (a table "
                + "loaded a moment ago, before autovacuum has analysed it) a first run measured 50 ms at p50 for the "
                + "metered check: the usage query ran without statistics. Other builds shared the 2 cores during "
                + "the runs, which shows in p95 and max.\n\n");
        out.append("### Rerun\n\nFrom the repository root:\n\n```\n"
                + "mvn -o -q -B -pl adapters-storage -am test-compile dependency:build-classpath \\\n"
                + "    -Dmdep.outputFile=target/bench.cp -Dmdep.includeScope=test\n"
                + "java -cp adapters-storage/target/test-classes:adapters-storage/target/classes:"
                + "$(cat adapters-storage/target/bench.cp) \\\n"
                + "    io.flexprice.adapters.storage.postgres.entitlement.EntitlementCheckBenchmark [report file]\n"
                + "```\n");
        writeSection(report, out.toString());
        System.out.print(out);
    }

    private double[] time(IntConsumer call) {
        for (int i = 0; i < WARM_UP_RUNS; i++) {
            call.accept(random.nextInt(CUSTOMERS));
        }
        double[] millis = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            int customer = random.nextInt(CUSTOMERS);
            long started = System.nanoTime();
            call.accept(customer);
            millis[i] = (System.nanoTime() - started) / 1e6;
        }
        Arrays.sort(millis);
        return millis;
    }

    private static void row(StringBuilder out, String call, String reads, double[] sorted) {
        out.append(String.format("| %s | %s | %.1f | %.1f | %.1f |%n", call, reads, sorted[sorted.length / 2],
                sorted[(int) Math.ceil(sorted.length * 0.95) - 1], sorted[sorted.length - 1]));
    }

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
        Files.writeString(report, updated);
    }
}
