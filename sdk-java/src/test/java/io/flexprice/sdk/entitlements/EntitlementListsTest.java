package io.flexprice.sdk.entitlements;

import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Bulk creation and the entitlements of a plan, an addon and a subscription, on the wire. */
class EntitlementListsTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ENTITLEMENT = """
            {"id": "ent_1", "entity_type": "ADDON", "entity_id": "addon_1", "feature_id": "feat_1",
             "feature_type": "metered", "is_enabled": true, "usage_limit": 500, "usage_reset_period": "MONTHLY",
             "is_soft_limit": false, "status": "published"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aBulkIsSentAsItemsAndAnswersEveryEntitlement() {
        server.stubFor(post("/v1/entitlements/bulk").willReturn(json(201, """
                {"items": [%s, %s]}""".formatted(ENTITLEMENT, ENTITLEMENT.replace("ent_1", "ent_2")))));

        List<Entitlement> created = client().entitlements().createBulk(List.of(
                CreateEntitlementParams.builder().entityType("ADDON").entityId("addon_1").featureId("feat_1")
                        .featureType("metered").usageLimit(new BigDecimal("500")).build(),
                CreateEntitlementParams.builder().planId("plan_1").featureId("feat_2").featureType("boolean")
                        .isEnabled(true).build()));

        server.verify(postRequestedFor(urlEqualTo("/v1/entitlements/bulk")).withHeader("Idempotency-Key",
                matching(".+")).withRequestBody(equalToJson("""
                        {"items": [{"entity_type": "ADDON", "entity_id": "addon_1", "feature_id": "feat_1",
                                    "feature_type": "metered", "usage_limit": 500},
                                   {"plan_id": "plan_1", "feature_id": "feat_2", "feature_type": "boolean",
                                    "is_enabled": true}]}""")));
        assertThat(created).extracting(Entitlement::id).containsExactly("ent_1", "ent_2");
    }

    @Test
    void anEmptyBulkIsRefusedBeforeSending() {
        assertThatThrownBy(() -> client().entitlements().createBulk(List.of()))
                .isInstanceOf(IllegalArgumentException.class);
        server.verify(0, postRequestedFor(urlEqualTo("/v1/entitlements/bulk")));
    }

    @Test
    void aPlansEntitlementsComeWithThePlan() {
        server.stubFor(get("/v1/plans/plan_1/entitlements").willReturn(json(200, """
                {"id": "plan_1", "name": "Pro", "lookup_key": "pro", "status": "published",
                 "entitlements": [%s]}""".formatted(ENTITLEMENT))));

        PlanEntitlements plan = client().entitlements().planEntitlements("plan_1");

        server.verify(getRequestedFor(urlEqualTo("/v1/plans/plan_1/entitlements")));
        assertThat(plan.name()).isEqualTo("Pro");
        assertThat(plan.entitlements()).singleElement().satisfies(e ->
                assertThat(e.usageLimit()).isEqualByComparingTo("500"));
    }

    @Test
    void anAddonsEntitlementsAreAList() {
        server.stubFor(get("/v1/addons/addon_1/entitlements").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 1, "offset": 0, "total": 1}}""".formatted(ENTITLEMENT))));

        assertThat(client().entitlements().addonEntitlements("addon_1")).extracting(Entitlement::entityId)
                .containsExactly("addon_1");
    }

    @Test
    void aSubscriptionsEntitlementsAreSummedPerFeatureWithTheFeatureFilterAsAQueryParameter() {
        server.stubFor(get(urlPathEqualTo("/v1/subscriptions/sub_1/entitlements")).willReturn(json(200, """
                {"subscription_id": "sub_1", "plan_id": "plan_1", "features": [{"feature": {"id": "feat_1"},
                  "entitlement": {"is_enabled": true, "usage_limit": 1500, "usage_reset_period": "MONTHLY"},
                  "sources": [{"entity_type": "plan", "entitlement_id": "ent_0", "usage_limit": 1000},
                              {"entity_type": "addon", "entitlement_id": "ent_1", "usage_limit": 500}]}]}""")));

        SubscriptionEntitlements entitlements = client().entitlements().subscriptionEntitlements("sub_1",
                List.of("feat_1"));

        server.verify(getRequestedFor(urlEqualTo("/v1/subscriptions/sub_1/entitlements?feature_ids=feat_1")));
        assertThat(entitlements.planId()).isEqualTo("plan_1");
        assertThat(entitlements.features()).singleElement().satisfies(f -> {
            assertThat(f.entitlement().usageLimit()).isEqualByComparingTo("1500");
            assertThat(f.sources()).extracting(EntitlementSource::entitlementId).containsExactly("ent_0", "ent_1");
        });
    }
}
