package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.apikeys.ApiKey;
import io.flexprice.sdk.apikeys.ApiKeyType;
import io.flexprice.sdk.apikeys.CreateApiKeyParams;
import io.flexprice.sdk.apikeys.CreatedApiKey;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.common.WindowSize;
import io.flexprice.sdk.core.RequestOptions;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.customers.Customer;
import io.flexprice.sdk.customers.CustomerListParams;
import io.flexprice.sdk.customers.UpdateCustomerParams;
import io.flexprice.sdk.errors.AuthenticationException;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.events.BatchFailure;
import io.flexprice.sdk.events.BatcherOptions;
import io.flexprice.sdk.events.BatcherStats;
import io.flexprice.sdk.events.Event;
import io.flexprice.sdk.events.EventBatcher;
import io.flexprice.sdk.events.EventDetail;
import io.flexprice.sdk.events.EventListParams;
import io.flexprice.sdk.events.EventProcessingStatus;
import io.flexprice.sdk.events.IngestEventParams;
import io.flexprice.sdk.events.Usage;
import io.flexprice.sdk.events.UsageByMeterParams;
import io.flexprice.sdk.events.UsageParams;
import io.flexprice.sdk.features.Aggregation;
import io.flexprice.sdk.features.AggregationType;
import io.flexprice.sdk.features.CreateFeatureParams;
import io.flexprice.sdk.features.Feature;
import io.flexprice.sdk.features.FeatureType;
import io.flexprice.sdk.features.MeterParams;
import io.flexprice.sdk.plans.CreatePlanParams;
import io.flexprice.sdk.plans.Plan;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.BillingPeriod;
import io.flexprice.sdk.prices.CreatePriceParams;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.Price;
import io.flexprice.sdk.prices.PriceListParams;
import io.flexprice.sdk.prices.PriceTier;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.prices.TierMode;
import io.flexprice.sdk.prices.UpdatePriceParams;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Java SDK against the running application: every service the server offers, typed errors,
 * idempotent retries, and the batching ingester under load through a network that loses answers, with
 * usage proving that no event was lost or counted twice. Each test uses ids of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkEndToEndIT {

    private static final Instant JANUARY = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant FEBRUARY = Instant.parse("2026-02-01T00:00:00Z");

    private RunningApplication app;
    private FlexpriceClient flexprice;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
        flexprice = FlexpriceClient.builder().apiKey(RunningApplication.DEV_KEY).baseUrl(app.baseUrl())
                .timeout(Duration.ofSeconds(30)).build();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void customers_are_created_read_updated_listed_page_by_page_and_deleted() {
        Customer created = flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-acme")
                .name("Acme Inc").email("billing@acme.test").addressCountry("DE").putMetadata("tier", "gold")
                .timezone("Europe/Berlin").build());
        for (int i = 1; i <= 4; i++) {
            flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-page-" + i).build());
        }

        assertThat(created.id()).isNotBlank();
        assertThat(flexprice.customers().getByExternalId("sdk-acme").id()).isEqualTo(created.id());
        Customer updated = flexprice.customers().update(created.id(), UpdateCustomerParams.builder()
                .name("Acme Corp").build());
        assertThat(updated.name()).isEqualTo("Acme Corp");
        assertThat(updated.email()).isEqualTo("billing@acme.test");
        assertThat(updated.timezone()).isEqualTo("Europe/Berlin");
        assertThat(updated.status()).isEqualTo(Status.PUBLISHED);

        // 4 customers in pages of 3: the walk fetches both pages
        Page<Customer> first = flexprice.customers().list(CustomerListParams.builder()
                .externalIds(List.of("sdk-page-1", "sdk-page-2", "sdk-page-3", "sdk-page-4")).limit(3)
                .order(SortOrder.ASC).build());
        assertThat(first.items()).hasSize(3);
        assertThat(first.total()).isEqualTo(4);
        assertThat(first.autoPagingStream().map(Customer::externalId))
                .containsExactly("sdk-page-1", "sdk-page-2", "sdk-page-3", "sdk-page-4");

        flexprice.customers().delete(created.id());
        assertThatThrownBy(() -> flexprice.customers().get(created.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void a_plan_with_a_flat_fee_and_a_tiered_usage_price_round_trips_with_exact_amounts() {
        Feature feature = flexprice.features().create(CreateFeatureParams.builder().name("Tokens")
                .lookupKey("sdk-plan-tokens").type(FeatureType.METERED)
                .meter(MeterParams.builder().eventName("sdk_plan_call")
                        .aggregation(Aggregation.builder().type(AggregationType.SUM).field("tokens").build()).build())
                .build());
        assertThat(flexprice.meters().get(feature.meterId()).eventName()).isEqualTo("sdk_plan_call");

        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("Pro").lookupKey("sdk-pro")
                .addPrice(CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE)
                        .amount("49.00").currency("usd").billingCadence(BillingCadence.RECURRING)
                        .billingPeriod(BillingPeriod.MONTHLY).billingPeriodCount(1)
                        .invoiceCadence(InvoiceCadence.ADVANCE).lookupKey("sdk-pro-fee").build())
                .addPrice(CreatePriceParams.builder().type(PriceType.USAGE).billingModel(BillingModel.TIERED)
                        .tierMode(TierMode.SLAB).currency("usd").meterId(feature.meterId())
                        .billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                        .invoiceCadence(InvoiceCadence.ARREAR).lookupKey("sdk-pro-tokens")
                        .addTier(PriceTier.upTo("1000", "0.01"))
                        .addTier(new PriceTier(null, new BigDecimal("0.005"), new BigDecimal("2.50"))).build())
                .build());

        assertThat(flexprice.plans().get(plan.id()).prices()).extracting(Price::lookupKey)
                .containsExactly("sdk-pro-fee", "sdk-pro-tokens");
        Price fee = flexprice.prices().getByLookupKey("sdk-pro-fee");
        assertThat(fee.amount()).isEqualTo(new BigDecimal("49.00"));
        assertThat(fee.entityId()).isEqualTo(plan.id());
        Price tiered = flexprice.prices().getByLookupKey("sdk-pro-tokens");
        assertThat(tiered.tiers()).hasSize(2);
        assertThat(tiered.tiers().get(0).upTo()).isEqualByComparingTo("1000");
        assertThat(tiered.tiers().get(1).flatAmount()).isEqualTo(new BigDecimal("2.50"));
        assertThat(flexprice.prices().update(fee.id(), UpdatePriceParams.builder().displayName("Platform fee")
                .build()).displayName()).isEqualTo("Platform fee");
        assertThat(flexprice.prices().list(PriceListParams.builder().planIds(List.of(plan.id())).build())
                .autoPagingStream().map(Price::id)).containsExactlyInAnyOrder(fee.id(), tiered.id());

        flexprice.plans().delete(plan.id());
        assertThatThrownBy(() -> flexprice.plans().get(plan.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.prices().get(fee.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void events_sent_singly_and_in_bulk_count_once_and_their_usage_is_as_worked_out_by_hand() {
        flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-usage").build());
        Feature feature = flexprice.features().create(CreateFeatureParams.builder().name("Usage tokens")
                .lookupKey("sdk-usage-tokens").type(FeatureType.METERED)
                .meter(MeterParams.builder().eventName("sdk_usage_call")
                        .aggregation(Aggregation.builder().type(AggregationType.SUM).field("tokens").build()).build())
                .build());

        flexprice.events().ingest(usageEvent("sdk-u1", "2026-01-05T10:00:00Z", "10"));
        flexprice.events().ingestBulk(List.of(usageEvent("sdk-u2", "2026-01-10T10:00:00Z", "20.5"),
                usageEvent("sdk-u3", "2026-01-20T10:00:00Z", "5")));
        // a resend of sdk-u2 with another value: absorbed by its id
        flexprice.events().ingest(usageEvent("sdk-u2", "2026-01-11T10:00:00Z", "999"));

        Usage byMeter = flexprice.events().usageByMeter(UsageByMeterParams.builder().meterId(feature.meterId())
                .externalCustomerId("sdk-usage").startTime(JANUARY).endTime(FEBRUARY).build());
        assertThat(byMeter.value()).isEqualByComparingTo("35.5"); // 10 + 20.5 + 5
        Usage count = flexprice.events().usage(UsageParams.builder().eventName("sdk_usage_call")
                .aggregationType(AggregationType.COUNT).externalCustomerId("sdk-usage").startTime(JANUARY)
                .endTime(FEBRUARY).build());
        assertThat(count.value()).isEqualByComparingTo("3");
        Usage daily = flexprice.events().usage(UsageParams.builder().eventName("sdk_usage_call")
                .aggregationType(AggregationType.SUM).propertyName("tokens").externalCustomerId("sdk-usage")
                .startTime(JANUARY).endTime(FEBRUARY).windowSize(WindowSize.DAY).build());
        assertThat(daily.results()).extracting(window -> window.value().stripTrailingZeros().toPlainString())
                .containsExactly("10", "20.5", "5");

        Page<Event> events = flexprice.events().list(EventListParams.builder()
                .externalCustomerId("sdk-usage").pageSize(2).build());
        assertThat(events.total()).isEqualTo(3);
        assertThat(events.autoPagingStream().map(Event::id))
                .containsExactlyInAnyOrder("sdk-u1", "sdk-u2", "sdk-u3");
        EventDetail resent = flexprice.events().get("sdk-u2");
        assertThat(resent.status()).isEqualTo(EventProcessingStatus.PROCESSED);
        assertThat(new BigDecimal(resent.event().properties().get("tokens").toString())).isEqualByComparingTo("20.5");
    }

    private static IngestEventParams usageEvent(String id, String at, String tokens) {
        return IngestEventParams.builder().eventId(id).eventName("sdk_usage_call").externalCustomerId("sdk-usage")
                .timestamp(Instant.parse(at)).putProperty("tokens", new BigDecimal(tokens)).build();
    }

    @Test
    void server_errors_arrive_as_typed_exceptions_with_status_code_and_request_id() {
        flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-taken").build());

        assertThatThrownBy(() -> flexprice.customers().get("cust_does_not_exist"))
                .isInstanceOfSatisfying(NotFoundException.class, e -> {
                    assertThat(e.status()).isEqualTo(404);
                    assertThat(e.code()).isEqualTo("customer.not_found");
                    assertThat(e.requestId()).isNotBlank();
                });
        assertThatThrownBy(() -> flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-taken")
                .build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("customer.external_id_taken"));
        assertThatThrownBy(() -> flexprice.prices().create(CreatePriceParams.builder().type(PriceType.USAGE)
                .billingModel(BillingModel.TIERED).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).invoiceCadence(InvoiceCadence.ARREAR)
                .addTier(PriceTier.upTo("1000", "0.01")).addTier(PriceTier.upTo("500", "0.02")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> {
                    assertThat(e.code()).isEqualTo("request.invalid");
                    assertThat(e.details()).extracting(FieldError::field).isNotEmpty();
                });
        FlexpriceClient wrongKey = FlexpriceClient.builder().apiKey("sk_wrong").baseUrl(app.baseUrl()).build();
        assertThatThrownBy(() -> wrongKey.customers().list()).isInstanceOfSatisfying(AuthenticationException.class,
                e -> assertThat(e.status()).isEqualTo(401));
    }

    @Test
    void a_call_repeated_with_its_idempotency_key_runs_once_and_the_key_binds_to_its_request() {
        RequestOptions key = RequestOptions.idempotencyKey("sdk-e2e-order-42");
        CreateCustomerParams params = CreateCustomerParams.builder().externalId("sdk-idem").name("Idem").build();

        Customer first = flexprice.customers().create(params, key);
        Customer repeated = flexprice.customers().create(params, key);

        assertThat(repeated.id()).isEqualTo(first.id());
        assertThat(flexprice.customers().list(CustomerListParams.builder().externalIds(List.of("sdk-idem")).build())
                .total()).isEqualTo(1);
        assertThatThrownBy(() -> flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-other")
                .build(), key))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("request.idempotency_key_reused"));
    }

    @Test
    void an_api_key_is_issued_works_and_stops_working_once_revoked() {
        CreatedApiKey issued = flexprice.apiKeys().create(CreateApiKeyParams.builder().name("sdk-e2e")
                .type(ApiKeyType.PRIVATE_KEY).build());
        FlexpriceClient withNewKey = FlexpriceClient.builder().apiKey(issued.apiKey()).baseUrl(app.baseUrl())
                .build();

        assertThat(withNewKey.customers().list().items()).isNotNull();
        assertThat(flexprice.apiKeys().list().autoPagingStream().map(ApiKey::id)).contains(issued.secret().id());

        flexprice.apiKeys().delete(issued.secret().id());
        assertThatThrownBy(() -> withNewKey.customers().list()).isInstanceOf(AuthenticationException.class);
    }

    @Test
    void the_batcher_under_load_through_a_network_that_loses_answers_loses_no_event_and_counts_none_twice()
            throws Exception {
        int customers = 4;
        int producers = 8;
        int perProducer = 2_000;
        for (int c = 0; c < customers; c++) {
            flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-load-" + c).build());
        }
        Feature tokens = flexprice.features().create(CreateFeatureParams.builder().name("Load tokens")
                .lookupKey("sdk-load-tokens").type(FeatureType.METERED)
                .meter(MeterParams.builder().eventName("sdk_load_call")
                        .aggregation(Aggregation.builder().type(AggregationType.SUM).field("tokens").build()).build())
                .build());
        Instant from = Instant.now().minus(1, ChronoUnit.MINUTES);
        List<BatchFailure> failures = new CopyOnWriteArrayList<>();
        List<CompletableFuture<String>> added = new CopyOnWriteArrayList<>();
        BatcherStats stats;

        // every 7th request reaches the application but its answer is lost; every 11th is refused with a 503
        try (FlakyProxy proxy = new FlakyProxy(app.baseUrl(), n -> n % 7 == 0, n -> n % 11 == 0)) {
            FlexpriceClient throughProxy = FlexpriceClient.builder().apiKey(RunningApplication.DEV_KEY)
                    .baseUrl(proxy.baseUrl()).timeout(Duration.ofSeconds(30)).maxRetries(5)
                    .initialRetryDelay(Duration.ofMillis(20)).maxRetryDelay(Duration.ofMillis(200)).build();
            ExecutorService pool = Executors.newFixedThreadPool(producers);
            try (EventBatcher batcher = throughProxy.events().batcher(BatcherOptions.builder().maxBatchSize(500)
                    .maxDelay(Duration.ofMillis(50)).queueCapacity(2_000).concurrency(2).onFailure(failures::add)
                    .build())) {
                List<Future<?>> running = new ArrayList<>();
                for (int p = 0; p < producers; p++) {
                    int producer = p;
                    running.add(pool.submit(() -> {
                        for (int i = 0; i < perProducer; i++) {
                            added.add(batcher.add(loadEvent(producer, i, i % 10)));
                        }
                        // the application resends its first 100 events (same ids, a later timestamp): absorbed
                        for (int i = 0; i < 100; i++) {
                            added.add(batcher.add(loadEvent(producer, i, i % 10)));
                        }
                    }));
                }
                for (Future<?> producer : running) {
                    producer.get(120, TimeUnit.SECONDS);
                }
                batcher.flush().get(120, TimeUnit.SECONDS);
                stats = batcher.stats();
            } finally {
                pool.shutdownNow();
            }
            assertThat(proxy.lostAnswers()).isPositive();
            assertThat(proxy.refusedRequests()).isPositive();
        }

        assertThat(failures).isEmpty();
        // 8 producers * (2000 events + 100 resends) = 16,800 accepted adds
        assertThat(added).hasSize(16_800).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
        assertThat(stats.accepted()).isEqualTo(16_800);
        assertThat(stats.failed()).isZero();
        Instant to = Instant.now().plus(1, ChronoUnit.MINUTES);
        for (int c = 0; c < customers; c++) {
            String customer = "sdk-load-" + c;
            // customer c gets producers c and c + 4: 2 * 2000 events (4200 had a resend counted);
            // tokens i % 10 over 2000 events sum to 200 * (0 + 1 + ... + 9) = 200 * 45 = 9000 per producer
            Usage count = flexprice.events().usage(UsageParams.builder().eventName("sdk_load_call")
                    .aggregationType(AggregationType.COUNT).externalCustomerId(customer).startTime(from).endTime(to)
                    .build());
            Usage sum = flexprice.events().usageByMeter(UsageByMeterParams.builder().meterId(tokens.meterId())
                    .externalCustomerId(customer).startTime(from).endTime(to).build());
            assertThat(count.value()).as("events of " + customer).isEqualByComparingTo("4000");
            assertThat(sum.value()).as("tokens of " + customer).isEqualByComparingTo("18000");
        }
        Set<String> stored = flexprice.events().list(EventListParams.builder().eventName("sdk_load_call")
                        .externalCustomerId("sdk-load-0").pageSize(1_000).build())
                .autoPagingStream().map(Event::id).collect(Collectors.toSet());
        assertThat(stored).hasSize(4_000).contains("load-0-0", "load-4-1999");
    }

    private static IngestEventParams loadEvent(int producer, int i, int tokens) {
        return IngestEventParams.builder().eventId("load-" + producer + "-" + i).eventName("sdk_load_call")
                .externalCustomerId("sdk-load-" + producer % 4).putProperty("tokens", tokens).build();
    }
}
