package io.flexprice.sdk.features;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.common.WindowSize;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Features with their meters, and meters, on the wire. */
class FeaturesServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String FEATURE = """
            {"id": "feat_1", "name": "LLM tokens", "lookup_key": "llm-tokens", "type": "metered",
             "meter_id": "meter_1", "status": "published",
             "meter": {"id": "meter_1", "name": "LLM tokens", "event_name": "llm_call",
                       "aggregation": {"type": "SUM_WITH_MULTIPLIER", "field": "tokens", "multiplier": "0.001",
                                       "bucket_size": "HOUR"},
                       "filters": [{"key": "model", "values": ["gpt-4o", "o1"]}],
                       "reset_usage": "BILLING_PERIOD", "status": "published"}}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aMeteredFeatureIsCreatedWithItsMeterAndTheMultiplierTravelsAsADecimalString() {
        server.stubFor(post("/v1/features").willReturn(json(201, FEATURE)));

        Feature feature = client().features().create(CreateFeatureParams.builder()
                .name("LLM tokens").lookupKey("llm-tokens").type(FeatureType.METERED)
                .meter(MeterParams.builder().eventName("llm_call")
                        .aggregation(Aggregation.builder().type(AggregationType.SUM_WITH_MULTIPLIER).field("tokens")
                                .multiplier("0.001").bucketSize(WindowSize.HOUR).build())
                        .addFilter(MeterFilter.of("model", "gpt-4o", "o1"))
                        .resetUsage(ResetUsage.BILLING_PERIOD).build())
                .build());

        server.verify(postRequestedFor(urlEqualTo("/v1/features")).withRequestBody(equalToJson("""
                {"name": "LLM tokens", "lookup_key": "llm-tokens", "type": "metered",
                 "meter": {"event_name": "llm_call",
                           "aggregation": {"type": "SUM_WITH_MULTIPLIER", "field": "tokens", "multiplier": "0.001",
                                           "bucket_size": "HOUR"},
                           "filters": [{"key": "model", "values": ["gpt-4o", "o1"]}],
                           "reset_usage": "BILLING_PERIOD"}}""")));
        assertThat(feature.type()).isEqualTo(FeatureType.METERED);
        assertThat(feature.meter().aggregation().multiplier()).isEqualByComparingTo("0.001");
        assertThat(feature.meter().aggregation().bucketSize()).isEqualTo(WindowSize.HOUR);
        assertThat(feature.meter().filters()).containsExactly(MeterFilter.of("model", "gpt-4o", "o1"));
    }

    @Test
    void aTypeThisVersionDoesNotKnowIsKeptInsteadOfFailingTheAnswer() {
        server.stubFor(get("/v1/features/feat_2").willReturn(json(200, """
                {"id": "feat_2", "type": "credits", "status": "published", "meter": {"id": "m",
                 "aggregation": {"type": "PERCENTILE_99"}, "reset_usage": "WEEKLY"}}""")));

        Feature feature = client().features().get("feat_2");

        assertThat(feature.type().value()).isEqualTo("credits");
        assertThat(feature.type().isKnown()).isFalse();
        assertThat(FeatureType.METERED.isKnown()).isTrue();
        assertThat(feature.meter().aggregation().type()).isEqualTo(AggregationType.of("PERCENTILE_99"));
        assertThat(feature.meter().resetUsage().isKnown()).isFalse();
    }

    @Test
    void updateAndDeleteAddressTheFeatureById() {
        server.stubFor(put("/v1/features/feat_1").willReturn(json(200, FEATURE)));
        server.stubFor(delete("/v1/features/feat_1").willReturn(json(200, "{\"message\": \"feature deleted successfully\"}")));

        client().features().update("feat_1", UpdateFeatureParams.builder().description("per 1k tokens")
                .filters(List.of()).build());
        client().features().delete("feat_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/features/feat_1"))
                .withRequestBody(equalToJson("{\"description\": \"per 1k tokens\", \"filters\": []}")));
    }

    @Test
    void metersAreListedWithPagingInTheQuery() {
        server.stubFor(get(urlEqualTo("/v1/meters?limit=10&offset=0")).willReturn(json(200, """
                {"items": [{"id": "meter_1", "event_name": "llm_call", "aggregation": {"type": "COUNT"}}],
                 "pagination": {"limit": 10, "offset": 0, "total": 1}}""")));

        Page<Meter> page = client().meters().list(MeterListParams.builder().limit(10).offset(0).build());

        assertThat(page.items()).extracting(Meter::id).containsExactly("meter_1");
        assertThat(page.hasMore()).isFalse();
        assertThat(page.items().get(0).aggregation().multiplier()).isNull();
        server.verify(getRequestedFor(urlEqualTo("/v1/meters?limit=10&offset=0")));
    }

    @Test
    void aMultiplierIsReadWhetherTheServerSendsAStringOrANumber() {
        server.stubFor(get("/v1/meters/m1").willReturn(json(200, """
                {"id": "m1", "aggregation": {"type": "SUM_WITH_MULTIPLIER", "multiplier": 2.5}}""")));

        assertThat(client().meters().get("m1").aggregation().multiplier()).isEqualTo(new BigDecimal("2.5"));
    }
}
