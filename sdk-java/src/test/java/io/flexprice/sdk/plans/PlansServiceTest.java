package io.flexprice.sdk.plans;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.CreatePriceParams;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.support.TestClients;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Plans with inline prices on the wire. */
class PlansServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String PLAN = """
            {"id": "plan_1", "name": "Pro", "lookup_key": "pro", "status": "published",
             "prices": [{"id": "price_1", "amount": "49.00", "currency": "usd", "billing_model": "FLAT_FEE"}]}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aPlanIsCreatedWithItsPricesAndReadBackWithThem() {
        server.stubFor(post("/v1/plans").willReturn(json(201, PLAN)));
        server.stubFor(get("/v1/plans/plan_1").willReturn(json(200, PLAN)));

        client().plans().create(CreatePlanParams.builder().name("Pro").lookupKey("pro")
                .addPrice(CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE)
                        .amount("49.00").currency("usd").build())
                .build());
        Plan plan = client().plans().get("plan_1");

        server.verify(postRequestedFor(urlEqualTo("/v1/plans")).withRequestBody(equalToJson("""
                {"name": "Pro", "lookup_key": "pro", "prices": [{"type": "FIXED", "billing_model": "FLAT_FEE",
                 "amount": "49.00", "currency": "usd"}]}""")));
        assertThat(plan.prices()).singleElement().satisfies(p -> assertThat(p.amount()).isEqualByComparingTo("49"));
    }

    @Test
    void deletingAPlanTakesFlexPricesSuccessAnswer() {
        server.stubFor(delete("/v1/plans/plan_1").willReturn(json(200, "{\"message\": \"plan deleted successfully\"}")));

        client().plans().delete("plan_1");

        server.verify(deleteRequestedFor(urlEqualTo("/v1/plans/plan_1")));
    }

    @Test
    void plansAreSearchedWithTheirFilters() {
        server.stubFor(post("/v1/plans/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(PLAN))));

        var page = client().plans().list(PlanListParams.builder().lookupKey("pro").build());

        assertThat(page.items()).extracting(Plan::id).containsExactly("plan_1");
        server.verify(postRequestedFor(urlEqualTo("/v1/plans/search"))
                .withRequestBody(equalToJson("{\"lookup_key\": \"pro\"}")));
    }
}
