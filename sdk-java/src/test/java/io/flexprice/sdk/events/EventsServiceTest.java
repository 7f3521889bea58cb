package io.flexprice.sdk.events;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.verification.LoggedRequest;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.WindowSize;
import io.flexprice.sdk.features.AggregationType;
import io.flexprice.sdk.support.Stubs;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Ingest, listing and usage on the wire; an event's identity is fixed before its first attempt. */
class EventsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final IngestEventParams CALL = IngestEventParams.builder().eventName("llm_call")
            .externalCustomerId("acme").putProperty("tokens", new BigDecimal("120.5")).putProperty("model", "gpt-4o")
            .build();

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void anEventGetsItsIdAndTimestampBeforeTheFirstAttemptSoARetryResendsTheSameEvent() {
        Stubs.inTurn(server, () -> post("/v1/events"), error(503, "unavailable", "later"),
                json(202, "{\"message\": \"Event accepted for processing\", \"event_id\": \"id-1\"}"));

        IngestEventResult result = client().events().ingest(CALL);

        List<LoggedRequest> attempts = server.findAll(postRequestedFor(urlEqualTo("/v1/events")));
        assertThat(attempts).hasSize(2);
        assertThat(attempts.get(0).getBodyAsString()).isEqualTo(attempts.get(1).getBodyAsString());
        // ids come from the test's counter: the event's id first, then the call's idempotency key
        assertThat(attempts.get(0).getBodyAsString()).satisfies(body -> assertThat(body).contains("\"event_id\":\"id-1\""));
        server.verify(2, postRequestedFor(urlEqualTo("/v1/events")).withRequestBody(equalToJson("""
                {"event_id": "id-1", "event_name": "llm_call", "external_customer_id": "acme",
                 "timestamp": "2026-03-01T12:00:00Z", "properties": {"tokens": 120.5, "model": "gpt-4o"}}"""))
                .withHeader("Idempotency-Key", equalTo("id-2")));
        assertThat(result.eventId()).isEqualTo("id-1");
    }

    @Test
    void anEventsOwnIdAndTimestampAreKept() {
        server.stubFor(post("/v1/events").willReturn(json(202, "{\"message\": \"accepted\"}")));
        IngestEventParams event = CALL.toBuilder().eventId("evt-7").timestamp(Instant.parse("2026-01-31T23:59:59Z"))
                .build();

        IngestEventResult result = client().events().ingest(event);

        server.verify(postRequestedFor(urlEqualTo("/v1/events"))
                .withRequestBody(matchingJsonPath("$[?(@.event_id == 'evt-7' && @.timestamp == '2026-01-31T23:59:59Z')]")));
        assertThat(result.eventId()).isEqualTo("evt-7"); // the server did not echo it; the SDK knows it
    }

    @Test
    void anEventNeedsANameAndACustomer() {
        assertThatThrownBy(() -> IngestEventParams.builder().externalCustomerId("acme").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("eventName");
        assertThatThrownBy(() -> IngestEventParams.builder().eventName("llm_call").build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("externalCustomerId");
    }

    @Test
    void aBulkIngestCarriesOneToAThousandEventsEachWithItsId() {
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, "{\"message\": \"Events accepted\"}")));
        FlexpriceClient client = client();

        BulkIngestResult result = client.events().ingestBulk(List.of(CALL, CALL.toBuilder().eventId("mine").build()));

        assertThat(result.eventIds()).containsExactly("id-1", "mine");
        server.verify(postRequestedFor(urlEqualTo("/v1/events/bulk"))
                .withRequestBody(matchingJsonPath("$.events[0].event_id", equalTo("id-1")))
                .withRequestBody(matchingJsonPath("$.events[1].event_id", equalTo("mine"))));
        assertThatThrownBy(() -> client.events().ingestBulk(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> client.events().ingestBulk(Collections.nCopies(1001, CALL)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void eventsAreListedByPageAndAutoPagedByOffset() {
        server.stubFor(post("/v1/events/query").withRequestBody(matchingJsonPath("$[?(@.offset == 0)]"))
                .willReturn(json(200, """
                        {"events": [{"id": "e1", "event_name": "llm_call", "properties": {"tokens": 10.5}}],
                         "has_more": true, "total_count": 2, "offset": 0}""")));
        server.stubFor(post("/v1/events/query").withRequestBody(matchingJsonPath("$[?(@.offset == 1)]"))
                .willReturn(json(200, """
                        {"events": [{"id": "e2", "event_name": "llm_call"}], "has_more": false, "total_count": 2,
                         "offset": 1}""")));

        Page<Event> page = client().events().list(EventListParams.builder().externalCustomerId("acme")
                .pageSize(1).offset(0).startTime(Instant.parse("2026-01-01T00:00:00Z")).build());

        assertThat(page.items().get(0).properties()).containsEntry("tokens", new BigDecimal("10.5"));
        assertThat(page.autoPagingStream().map(Event::id)).containsExactly("e1", "e2");
        server.verify(postRequestedFor(urlEqualTo("/v1/events/query")).withRequestBody(equalToJson("""
                {"external_customer_id": "acme", "page_size": 1, "offset": 0, "start_time": "2026-01-01T00:00:00Z"}""")));
    }

    @Test
    void anEventIsReadWithItsProcessingStatus() {
        server.stubFor(get("/v1/events/e1").willReturn(json(200, """
                {"event": {"id": "e1", "event_name": "llm_call", "timestamp": "2026-01-01T00:00:00Z"},
                 "status": "processed"}""")));

        EventDetail detail = client().events().get("e1");

        assertThat(detail.status()).isEqualTo(EventProcessingStatus.PROCESSED);
        assertThat(detail.event().timestamp()).isEqualTo(Instant.parse("2026-01-01T00:00:00Z"));
    }

    @Test
    void usageIsAskedWithItsAggregationAndWindowsAndReadExactly() {
        server.stubFor(post("/v1/events/usage").willReturn(json(200, """
                {"event_name": "llm_call", "type": "SUM", "value": 200.125,
                 "results": [{"window_size": "2026-01-01T00:00:00Z", "value": 120},
                             {"window_size": "2026-01-02T00:00:00Z", "value": 80.125}]}""")));

        Usage usage = client().events().usage(UsageParams.builder().eventName("llm_call")
                .aggregationType(AggregationType.SUM).propertyName("tokens").externalCustomerId("acme")
                .startTime(Instant.parse("2026-01-01T00:00:00Z")).endTime(Instant.parse("2026-02-01T00:00:00Z"))
                .windowSize(WindowSize.DAY).filters(Map.of("model", List.of("gpt-4o"))).timezone("Europe/Berlin")
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/events/usage")).withRequestBody(equalToJson("""
                {"event_name": "llm_call", "aggregation_type": "SUM", "property_name": "tokens",
                 "external_customer_id": "acme", "start_time": "2026-01-01T00:00:00Z",
                 "end_time": "2026-02-01T00:00:00Z", "window_size": "DAY", "filters": {"model": ["gpt-4o"]},
                 "timezone": "Europe/Berlin"}""")).withoutHeader("Idempotency-Key"));
        assertThat(usage.value()).isEqualTo(new BigDecimal("200.125"));
        assertThat(usage.results()).extracting(UsageWindowValue::value)
                .containsExactly(new BigDecimal("120"), new BigDecimal("80.125"));
    }

    @Test
    void aMetersUsageIsAskedByMeterId() {
        server.stubFor(post("/v1/events/usage/meter").willReturn(json(200, """
                {"event_name": "llm_call", "type": "COUNT", "value": 4, "results": []}""")));

        Usage usage = client().events().usageByMeter(UsageByMeterParams.builder().meterId("meter_1")
                .externalCustomerId("acme").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/events/usage/meter"))
                .withRequestBody(equalToJson("{\"meter_id\": \"meter_1\", \"external_customer_id\": \"acme\"}")));
        assertThat(usage.value()).isEqualByComparingTo("4");
        assertThat(usage.type()).isEqualTo(AggregationType.COUNT);
    }

    @Test
    void usageAnalyticsAreAReadPerFeatureWithExactAmountsAndWindows() {
        server.stubFor(post("/v1/events/analytics").willReturn(json(200, """
                {"currency": "eur", "total_cost": "4.5", "items": [{"feature_id": "feat_1", "name": "Tokens",
                  "event_name": "llm_call", "meter_id": "meter_1", "aggregation_type": "SUM", "total_usage": "450",
                  "total_cost": "4.5", "currency": "eur", "window_size": "DAY",
                  "points": [{"timestamp": "2026-04-05T00:00:00Z", "usage": "450", "cost": "4.5"}]}]}""")));

        UsageAnalytics analytics = client().events().analytics(UsageAnalyticsParams.builder()
                .externalCustomerId("acme").startTime(Instant.parse("2026-04-01T00:00:00Z")).addFeatureId("feat_1")
                .windowSize(WindowSize.DAY).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/events/analytics")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("""
                        {"external_customer_id": "acme", "start_time": "2026-04-01T00:00:00Z",
                         "feature_ids": ["feat_1"], "window_size": "DAY"}""")));
        assertThat(analytics.currency()).isEqualTo("eur");
        assertThat(analytics.totalCost()).isEqualTo(new BigDecimal("4.5"));
        assertThat(analytics.items()).singleElement().satisfies(item -> {
            assertThat(item.featureId()).isEqualTo("feat_1");
            assertThat(item.totalUsage()).isEqualTo(new BigDecimal("450"));
            assertThat(item.points()).singleElement().satisfies(point -> {
                assertThat(point.timestamp()).isEqualTo(Instant.parse("2026-04-05T00:00:00Z"));
                assertThat(point.cost()).isEqualTo(new BigDecimal("4.5"));
            });
        });
    }
}
