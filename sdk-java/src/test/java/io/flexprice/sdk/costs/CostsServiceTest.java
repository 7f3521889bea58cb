package io.flexprice.sdk.costs;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
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
import io.flexprice.sdk.common.WindowSize;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Costsheets and cost analytics on the wire: the wrapped single answers, the camel-case search. */
class CostsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String COSTSHEET = """
            {"id": "cost_1", "name": "Infra", "lookup_key": "infra", "status": "published",
             "prices": [{"id": "price_1", "amount": "0.04", "currency": "usd", "billing_model": "FLAT_FEE"}]}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void createGetAndUpdateUnwrapTheCostsheet() {
        server.stubFor(post("/v1/costs").willReturn(json(201, "{\"costsheet\": " + COSTSHEET + "}")));
        server.stubFor(get("/v1/costs/cost_1").willReturn(json(200, "{\"costsheet\": " + COSTSHEET + "}")));
        server.stubFor(put("/v1/costs/cost_1").willReturn(json(200, "{\"costsheet\": " + COSTSHEET + "}")));
        server.stubFor(get("/v1/costs/active").willReturn(json(200, COSTSHEET)));

        Costsheet created = client().costs().create(CreateCostsheetParams.builder().name("Infra").lookupKey("infra")
                .build());
        client().costs().update("cost_1", UpdateCostsheetParams.builder().description("GPU").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/costs")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("{\"name\": \"Infra\", \"lookup_key\": \"infra\"}")));
        server.verify(putRequestedFor(urlEqualTo("/v1/costs/cost_1"))
                .withRequestBody(equalToJson("{\"description\": \"GPU\"}")));
        assertThat(created.id()).isEqualTo("cost_1");
        assertThat(created.prices()).singleElement().satisfies(p ->
                assertThat(p.amount()).isEqualTo(new BigDecimal("0.04")));
        assertThat(client().costs().get("cost_1").lookupKey()).isEqualTo("infra");
        assertThat(client().costs().active().id()).isEqualTo("cost_1");
    }

    @Test
    void theSearchIsSentInCamelCaseAsFlexPricesSdkSendsItAndDeleteUsesThePath() {
        server.stubFor(post("/v1/costs/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(COSTSHEET))));
        server.stubFor(delete("/v1/costs/cost_1").willReturn(json(200, "{\"id\": \"cost_1\", \"message\": \"ok\"}")));

        assertThat(client().costs().list(CostsheetListParams.builder().lookupKey("infra").limit(10).build()).items())
                .extracting(Costsheet::id).containsExactly("cost_1");
        client().costs().delete("cost_1");

        server.verify(postRequestedFor(urlEqualTo("/v1/costs/search")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("{\"lookupKey\": \"infra\", \"limit\": 10}")));
        server.verify(deleteRequestedFor(urlEqualTo("/v1/costs/cost_1")));
    }

    @Test
    void analyticsAreAReadWithTheirTotalsExact() {
        server.stubFor(post("/v1/costs/analytics").willReturn(json(200, """
                {"currency": "usd", "total_cost": "36", "total_revenue": "90", "margin": "54", "margin_percent": "60",
                 "roi": "1.5", "cost_analytics": [{"customer_id": "cust_1", "total_quantity": "900",
                   "total_cost": "36", "cost_by_period": [{"timestamp": "2026-04-05T00:00:00Z", "cost": "24"}]}]}""")));

        CostAnalytics analytics = client().costs().analytics(CostAnalyticsParams.builder()
                .startTime(Instant.parse("2026-04-01T00:00:00Z")).externalCustomerId("acme")
                .windowSize(WindowSize.DAY).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/costs/analytics")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("""
                        {"start_time": "2026-04-01T00:00:00Z", "external_customer_id": "acme",
                         "window_size": "DAY"}""")));
        assertThat(analytics.totalCost()).isEqualTo(new BigDecimal("36"));
        assertThat(analytics.roi()).isEqualTo(new BigDecimal("1.5"));
        assertThat(analytics.costAnalytics()).singleElement().satisfies(item -> {
            assertThat(item.totalQuantity()).isEqualTo(new BigDecimal("900"));
            assertThat(item.costByPeriod()).singleElement()
                    .satisfies(p -> assertThat(p.cost()).isEqualTo(new BigDecimal("24")));
        });
    }
}
