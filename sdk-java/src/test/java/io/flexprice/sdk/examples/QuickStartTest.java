package io.flexprice.sdk.examples;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The example program runs start to end against a server that answers as FlexPrice does. */
class QuickStartTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    @Test
    void theQuickStartCreatesWhatItNeedsSendsTenEventsInOneBatchAndPrintsTheUsage() {
        server.stubFor(get("/v1/customers/external/quickstart-acme").willReturn(error(404, "customer.not_found",
                "customer not found")));
        server.stubFor(post("/v1/customers").willReturn(json(201, """
                {"id": "cust_1", "external_id": "quickstart-acme", "name": "Acme Inc"}""")));
        server.stubFor(post("/v1/features/search").willReturn(json(200, """
                {"items": [], "pagination": {"limit": 50, "offset": 0, "total": 0}}""")));
        server.stubFor(post("/v1/features").willReturn(json(201, """
                {"id": "feat_1", "type": "metered", "meter_id": "meter_1"}""")));
        server.stubFor(post("/v1/events/bulk").willReturn(json(202, "{\"message\": \"accepted\"}")));
        server.stubFor(post("/v1/events/usage/meter").willReturn(json(200, """
                {"event_name": "quickstart_llm_call", "type": "SUM", "value": 125, "results": []}""")));
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        FlexpriceClient client = FlexpriceClient.builder().apiKey("sk_test").baseUrl(server.baseUrl()).build();

        QuickStart.run(client, new PrintStream(printed, true, StandardCharsets.UTF_8));

        assertThat(printed.toString(StandardCharsets.UTF_8)).contains("customer cust_1 (quickstart-acme)")
                .contains("feature feat_1 metered by meter_1").contains("usage in the last hour: 125 tokens");
        server.verify(1, postRequestedFor(urlEqualTo("/v1/events/bulk"))
                .withRequestBody(matchingJsonPath("$.events[9].properties.tokens")));
        server.verify(postRequestedFor(urlEqualTo("/v1/events/usage/meter"))
                .withRequestBody(matchingJsonPath("$.meter_id", equalTo("meter_1"))));
    }
}
