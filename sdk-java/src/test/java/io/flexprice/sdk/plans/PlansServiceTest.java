package io.flexprice.sdk.plans;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.error;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
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

    @Test
    void aPlanIsClonedUnderItsNewNameAndLookupKey() {
        server.stubFor(post("/v1/plans/plan_1/clone").willReturn(json(201, """
                {"id": "plan_2", "name": "Pro EU", "lookup_key": "pro_eu", "metadata": {"source_plan_id": "plan_1"},
                 "prices": [{"id": "price_9", "amount": "49.00", "currency": "usd", "entity_id": "plan_2"}]}""")));

        Plan clone = client().plans().clone("plan_1", ClonePlanParams.builder().name("Pro EU").lookupKey("pro_eu")
                .putMetadata("region", "eu").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/plans/plan_1/clone"))
                .withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"name": "Pro EU", "lookup_key": "pro_eu", "metadata": {"region": "eu"}}""")));
        assertThat(clone.id()).isEqualTo("plan_2");
        assertThat(clone.metadata()).containsEntry("source_plan_id", "plan_1");
        assertThat(clone.prices()).singleElement().satisfies(p -> assertThat(p.entityId()).isEqualTo("plan_2"));
    }

    @Test
    void aCloneOfAnUnknownPlanOrWithoutItsNamesIsATypedError() {
        server.stubFor(post("/v1/plans/plan_nope/clone").willReturn(error(404, "plan.not_found", "plan not found")));
        server.stubFor(post("/v1/plans/plan_1/clone").willReturn(json(400, """
                {"success": false, "error": {"message": "invalid request", "code": "request.invalid",
                 "details": [{"field": "lookup_key", "message": "is required"},
                             {"field": "name", "message": "must differ from the source plan's"}]}}""")));

        assertThatThrownBy(() -> client().plans().clone("plan_nope", ClonePlanParams.builder().name("X")
                .lookupKey("x").build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> client().plans().clone("plan_1", ClonePlanParams.builder().name("Pro").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).containsExactly("lookup_key", "name"));
    }

    @Test
    void aSyncOfThePlansPricesReadsWhatItDidAndAnUnknownPlanIsATypedError() {
        server.stubFor(post("/v1/plans/plan_1/sync/subscriptions").willReturn(json(200, """
                {"message": "plan plan_1 synced to 2 subscription(s): 2 line item(s) added, 1 ended",
                 "plan_id": "plan_1", "subscriptions": 2, "subscriptions_changed": 2, "line_items_added": 2,
                 "line_items_ended": 1}""")));
        server.stubFor(post("/v1/plans/plan_nope/sync/subscriptions")
                .willReturn(error(404, "plan.not_found", "plan not found")));

        PlanSync sync = client().plans().syncSubscriptions("plan_1");

        server.verify(postRequestedFor(urlEqualTo("/v1/plans/plan_1/sync/subscriptions")));
        assertThat(sync.planId()).isEqualTo("plan_1");
        assertThat(sync.subscriptions()).isEqualTo(2);
        assertThat(sync.lineItemsAdded()).isEqualTo(2);
        assertThat(sync.lineItemsEnded()).isEqualTo(1);
        assertThat(sync.workflowId()).isNull();
        assertThatThrownBy(() -> client().plans().syncSubscriptions("plan_nope")).isInstanceOf(NotFoundException.class);
    }
}
