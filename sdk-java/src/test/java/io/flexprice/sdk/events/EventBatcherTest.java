package io.flexprice.sdk.events;

import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.ServerException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.support.Stubs;
import io.flexprice.sdk.support.TestClients;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The batching ingester against a WireMock server: batch size, delay, flush, close, backpressure, failures. */
class EventBatcherTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final Duration LONG = Duration.ofHours(1);
    private static final String ACCEPTED = "{\"message\": \"Events accepted for processing\"}";
    private static final ObjectMapper JSON = new ObjectMapper();

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    private static IngestEventParams event(int n) {
        return IngestEventParams.builder().eventId("e" + n).eventName("llm_call").externalCustomerId("acme")
                .putProperty("tokens", n).build();
    }

    /** The event ids of each bulk request, in the order the server received them. */
    private static List<List<String>> batches() {
        List<LoggedRequest> requests = new ArrayList<>(server.findAll(postRequestedFor(urlEqualTo("/v1/events/bulk"))));
        List<List<String>> batches = new ArrayList<>();
        for (LoggedRequest request : requests) {
            try {
                List<String> ids = new ArrayList<>();
                for (JsonNode event : JSON.readTree(request.getBodyAsString()).get("events")) {
                    ids.add(event.get("event_id").asText());
                }
                batches.add(ids);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return batches;
    }

    @Test
    void aFullBatchIsSentAtOnceWithoutWaitingForTheDelay() throws Exception {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED)));
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(5).maxDelay(LONG)
                .build())) {
            List<CompletableFuture<String>> added = new ArrayList<>();
            for (int i = 1; i <= 5; i++) {
                added.add(batcher.add(event(i)));
            }

            CompletableFuture.allOf(added.toArray(CompletableFuture[]::new)).get(5, TimeUnit.SECONDS);

            assertThat(added.get(2).get()).isEqualTo("e3");
            assertThat(batches()).containsExactly(List.of("e1", "e2", "e3", "e4", "e5"));
        }
    }

    @Test
    void aPartialBatchIsSentOnceItsOldestEventHasWaitedTheMaxDelay() throws Exception {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED)));
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(100)
                .maxDelay(Duration.ofMillis(50)).build())) {
            long start = System.nanoTime();
            CompletableFuture<String> first = batcher.add(event(1));
            CompletableFuture<String> second = batcher.add(event(2));

            CompletableFuture.allOf(first, second).get(5, TimeUnit.SECONDS);

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(50));
            assertThat(batches()).containsExactly(List.of("e1", "e2"));
        }
    }

    @Test
    void flushSendsEverythingAddedInBatchesOfAtMostTheMaxSizeWithoutWaiting() throws Exception {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED)));
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(4).maxDelay(LONG)
                .concurrency(1).build())) {
            List<CompletableFuture<String>> added = new ArrayList<>();
            for (int i = 1; i <= 10; i++) {
                added.add(batcher.add(event(i)));
            }

            batcher.flush().get(5, TimeUnit.SECONDS);

            assertThat(added).allMatch(CompletableFuture::isDone);
            // 10 events in batches of at most 4: 4 + 4 + 2, in the order they were added
            assertThat(batches()).containsExactly(List.of("e1", "e2", "e3", "e4"), List.of("e5", "e6", "e7", "e8"),
                    List.of("e9", "e10"));
            assertThat(batcher.stats().accepted()).isEqualTo(10);
        }
    }

    @Test
    void flushOnAnIdleBatcherCompletesAtOnce() throws Exception {
        try (EventBatcher batcher = client().events().batcher()) {
            batcher.flush().get(1, TimeUnit.SECONDS);
        }
        assertThat(batches()).isEmpty();
    }

    @Test
    void closeSendsWhatIsQueuedAndThenRefusesEvents() {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED)));
        EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxDelay(LONG).build());
        CompletableFuture<String> first = batcher.add(event(1));
        CompletableFuture<String> second = batcher.add(event(2));

        batcher.close();

        assertThat(first).isCompletedWithValue("e1");
        assertThat(second).isCompletedWithValue("e2");
        assertThat(batches()).containsExactly(List.of("e1", "e2"));
        assertThatThrownBy(() -> batcher.add(event(3))).isInstanceOf(IllegalStateException.class);
        assertThat(batcher.isClosed()).isTrue();
    }

    @Test
    void eventsWithoutIdGetOneWhenAddedAndKeepItAcrossTheRetryOfTheirBatch() throws Exception {
        Stubs.inTurn(server, () -> post("/v1/events/bulk"), error(503, "unavailable", "later"), json(202, ACCEPTED));
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxDelay(LONG).build())) {
            CompletableFuture<String> added = batcher.add(IngestEventParams.builder().eventName("llm_call")
                    .externalCustomerId("acme").build());
            batcher.flush().get(5, TimeUnit.SECONDS);

            assertThat(added).isCompletedWithValue("id-1");
        }
        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo("/v1/events/bulk")));
        assertThat(attempts).hasSize(2);
        assertThat(attempts).extracting(LoggedRequest::getBodyAsString).containsOnly(attempts.get(0).getBodyAsString());
        assertThat(attempts).extracting(r -> r.getHeader("Idempotency-Key")).containsOnly("id-2");
    }

    @Test
    void aBatchThatStillFailsAfterItsRetriesFailsItsEventsAndReachesTheCallback() throws Exception {
        server.stubFor(post("/v1/events/bulk").willReturn(error(500, "internal", "boom")));
        List<BatchFailure> failures = new CopyOnWriteArrayList<>();
        FlexpriceClient client = TestClients.against(server.baseUrl()).builder().maxRetries(1).build();
        try (EventBatcher batcher = client.events().batcher(BatcherOptions.builder().maxDelay(LONG)
                .onFailure(failures::add).build())) {
            CompletableFuture<String> first = batcher.add(event(1));
            CompletableFuture<String> second = batcher.add(event(2));
            batcher.flush().get(5, TimeUnit.SECONDS);

            assertThatThrownBy(first::get).cause().isInstanceOf(ServerException.class);
            assertThat(second).isCompletedExceptionally();
            assertThat(failures).singleElement().satisfies(failure -> {
                assertThat(failure.events()).extracting(IngestEventParams::eventId).containsExactly("e1", "e2");
                assertThat(failure.cause()).isInstanceOf(ServerException.class);
            });
            assertThat(batcher.stats().failed()).isEqualTo(2);
        }
        server.verify(2, postRequestedFor(urlEqualTo("/v1/events/bulk")));
    }

    @Test
    void eventsTheServerNamesAsInvalidFailAloneAndTheRestOfTheirBatchIsSentAgain() throws Exception {
        Stubs.inTurn(server, () -> post("/v1/events/bulk"), json(400, """
                {"success": false, "error": {"message": "invalid request", "code": "request.invalid",
                 "details": [{"field": "events[1].properties.tokens", "message": "is too long"}]}}"""),
                json(202, ACCEPTED));
        List<BatchFailure> failures = new CopyOnWriteArrayList<>();
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxDelay(LONG)
                .onFailure(failures::add).build())) {
            CompletableFuture<String> first = batcher.add(event(1));
            CompletableFuture<String> invalid = batcher.add(event(2));
            CompletableFuture<String> third = batcher.add(event(3));
            batcher.flush().get(5, TimeUnit.SECONDS);

            assertThat(first).isCompletedWithValue("e1");
            assertThat(third).isCompletedWithValue("e3");
            assertThatThrownBy(invalid::get).cause().isInstanceOf(ValidationException.class);
            assertThat(failures).singleElement().satisfies(failure ->
                    assertThat(failure.events()).extracting(IngestEventParams::eventId).containsExactly("e2"));
        }
        assertThat(batches()).containsExactly(List.of("e1", "e2", "e3"), List.of("e1", "e3"));
    }

    @Test
    void withTheRejectPolicyAFullQueueRefusesEventsAtOnce() throws Exception {
        // one request at a time, one event per batch, room for one waiting event; the server takes 300 ms
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED).withFixedDelay(300)));
        List<BatchFailure> failures = new CopyOnWriteArrayList<>();
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(1)
                .maxDelay(Duration.ZERO).queueCapacity(1).concurrency(1).overflowPolicy(OverflowPolicy.REJECT)
                .onFailure(failures::add).build())) {
            CompletableFuture<String> sent = batcher.add(event(1));
            awaitTrue(() -> batcher.stats().inFlight() == 1);
            CompletableFuture<String> queued = batcher.add(event(2));

            CompletableFuture<String> refused = batcher.add(event(3));

            assertThatThrownBy(refused::get).cause().isInstanceOf(BatcherOverflowException.class);
            assertThat(failures).singleElement().satisfies(failure ->
                    assertThat(failure.events()).extracting(IngestEventParams::eventId).containsExactly("e3"));
            assertThat(batcher.stats().rejected()).isEqualTo(1);
            batcher.flush().get(5, TimeUnit.SECONDS);
            assertThat(sent).isCompletedWithValue("e1");
            assertThat(queued).isCompletedWithValue("e2");
        }
    }

    @Test
    void withTheBlockPolicyAProducerWaitsForRoomAndGivesUpAfterItsTimeout() {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED).withFixedDelay(800)));
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(1)
                .maxDelay(Duration.ZERO).queueCapacity(1).concurrency(1).overflowPolicy(OverflowPolicy.BLOCK)
                .blockTimeout(Duration.ofMillis(100)).onFailure(failure -> { }).build())) {
            batcher.add(event(1));
            awaitTrue(() -> batcher.stats().inFlight() == 1);
            batcher.add(event(2));

            long start = System.nanoTime();
            CompletableFuture<String> refused = batcher.add(event(3));

            assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(100));
            assertThatThrownBy(refused::get).cause().isInstanceOf(BatcherOverflowException.class);
        }
    }

    @Test
    void withTheBlockPolicyAProducerWaitsUntilTheServerHasTakenAnEarlierBatch() {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED).withFixedDelay(300)));
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(1)
                .maxDelay(Duration.ZERO).queueCapacity(1).concurrency(1).build())) {
            batcher.add(event(1));
            awaitTrue(() -> batcher.stats().inFlight() == 1);
            batcher.add(event(2));

            batcher.add(event(3)); // blocks: room appears once e1 is accepted and e2 leaves the queue

            assertThat(batcher.stats().accepted()).isGreaterThanOrEqualTo(1);
        }
        assertThat(batches()).containsExactly(List.of("e1"), List.of("e2"), List.of("e3"));
    }

    @Test
    void manyProducersAtOnceLoseNoEventAndSendNoneTwice() throws Exception {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, ACCEPTED)));
        int producers = 8;
        int perProducer = 250;
        List<CompletableFuture<String>> added = new CopyOnWriteArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(producers);
        try (EventBatcher batcher = client().events().batcher(BatcherOptions.builder().maxBatchSize(100)
                .maxDelay(Duration.ofMillis(10)).queueCapacity(300).concurrency(3).build())) {
            List<Future<?>> running = new ArrayList<>();
            for (int p = 0; p < producers; p++) {
                int producer = p;
                running.add(pool.submit(() -> {
                    for (int i = 0; i < perProducer; i++) {
                        added.add(batcher.add(event(producer * perProducer + i)));
                    }
                }));
            }
            for (Future<?> producer : running) {
                producer.get(30, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }

        // 8 producers * 250 events = 2000 events, each sent exactly once, in batches of at most 100
        List<List<String>> batches = batches();
        List<String> sent = batches.stream().flatMap(List::stream).toList();
        assertThat(sent).hasSize(2000);
        assertThat(new HashSet<>(sent)).hasSize(2000);
        assertThat(batches).allSatisfy(batch -> assertThat(batch).hasSizeLessThanOrEqualTo(100));
        assertThat(added).hasSize(2000).allMatch(future -> future.isDone() && !future.isCompletedExceptionally());
    }

    @Test
    void batcherOptionsRefuseABatchLargerThanTheServerTakes() {
        assertThatThrownBy(() -> BatcherOptions.builder().maxBatchSize(1001).build())
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BatcherOptions.builder().maxBatchSize(0).build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void onlyDetailsThatAllNameEventsSplitABatch() {
        ValidationException named = new ValidationException(400, "request.invalid", null, "invalid", null,
                List.of(new FieldError("events[3].event_name", "is required"),
                        new FieldError("events[0]", "must be an event object")), 1);
        ValidationException mixed = new ValidationException(400, "request.invalid", null, "invalid", null,
                List.of(new FieldError("events[3].event_name", "is required"),
                        new FieldError("events", "too many")), 1);

        assertThat(EventBatcher.invalidEvents(named, 5)).containsExactly(0, 3);
        assertThat(EventBatcher.invalidEvents(named, 3)).isEmpty(); // index 3 is outside a batch of 3
        assertThat(EventBatcher.invalidEvents(mixed, 5)).isEmpty();
    }

    private static void awaitTrue(BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not met within 5 s");
            }
            Thread.onSpinWait();
        }
    }
}
