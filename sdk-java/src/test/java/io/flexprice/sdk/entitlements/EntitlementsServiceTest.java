package io.flexprice.sdk.entitlements;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.deleteRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Entitlements on the wire: the usage limit a JSON number, the check's usage decimal strings. */
class EntitlementsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String ENTITLEMENT = """
            {"id": "ent_1", "entity_type": "PLAN", "entity_id": "plan_1", "plan_id": "plan_1", "feature_id": "feat_1",
             "feature_type": "metered", "is_enabled": true, "usage_limit": 1000, "usage_reset_period": "MONTHLY",
             "is_soft_limit": false, "status": "published"}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void anEntitlementIsCreatedWithItsLimitAsANumber() {
        server.stubFor(post("/v1/entitlements").willReturn(json(201, ENTITLEMENT)));

        Entitlement entitlement = client().entitlements().create(CreateEntitlementParams.builder().planId("plan_1")
                .featureId("feat_1").featureType("metered").usageLimit(new BigDecimal("1000"))
                .usageResetPeriod("MONTHLY").build());

        server.verify(postRequestedFor(urlEqualTo("/v1/entitlements")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"plan_id": "plan_1", "feature_id": "feat_1", "feature_type": "metered", "usage_limit": 1000,
                         "usage_reset_period": "MONTHLY"}""")));
        assertThat(entitlement.usageLimit()).isEqualByComparingTo("1000");
        assertThat(entitlement.isEnabled()).isTrue();
    }

    @Test
    void getUpdateDeleteAndSearchUseTheirPaths() {
        server.stubFor(get("/v1/entitlements/ent_1").willReturn(json(200, ENTITLEMENT)));
        server.stubFor(put("/v1/entitlements/ent_1").willReturn(json(200, ENTITLEMENT)));
        server.stubFor(delete("/v1/entitlements/ent_1").willReturn(json(200, "{\"message\": \"deleted\"}")));
        server.stubFor(post("/v1/entitlements/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(ENTITLEMENT))));

        assertThat(client().entitlements().get("ent_1").featureId()).isEqualTo("feat_1");
        client().entitlements().update("ent_1", UpdateEntitlementParams.builder().isSoftLimit(true).build());
        client().entitlements().delete("ent_1");
        assertThat(client().entitlements().list(EntitlementListParams.builder().addPlanId("plan_1").build()).items())
                .extracting(Entitlement::id).containsExactly("ent_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/entitlements/ent_1"))
                .withRequestBody(equalToJson("{\"is_soft_limit\": true}")));
        server.verify(deleteRequestedFor(urlEqualTo("/v1/entitlements/ent_1")));
        server.verify(postRequestedFor(urlEqualTo("/v1/entitlements/search")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("{\"plan_ids\": [\"plan_1\"]}")));
    }

    @Test
    void theCheckSendsTheCustomerAndFeatureAsQueryParameters() {
        server.stubFor(get(urlPathEqualTo("/v1/entitlements/check")).willReturn(json(200, """
                {"customer_id": "cust_1", "feature_id": "feat_1", "is_allowed": true, "is_enabled": true,
                 "usage_limit": 1500, "current_usage": "900", "remaining": "600", "usage_percent": "60.00",
                 "next_usage_reset_at": "2026-05-01T00:00:00Z", "sources": [{"entity_type": "subscription"}]}""")));

        EntitlementCheck check = client().entitlements().check(EntitlementCheckParams.builder()
                .externalCustomerId("acme").featureLookupKey("calls").build());

        server.verify(getRequestedFor(urlEqualTo("/v1/entitlements/check?external_customer_id=acme"
                + "&feature_lookup_key=calls")));
        assertThat(check.isAllowed()).isTrue();
        assertThat(check.remaining()).isEqualTo(new BigDecimal("600"));
        assertThat(check.usagePercent()).isEqualTo(new BigDecimal("60.00"));
        assertThat(check.sources()).singleElement().satisfies(s -> assertThat(s.entityType())
                .isEqualTo("subscription"));
    }

    @Test
    void aCustomersEntitlementsAndUsageAreReadWithTheirFiltersAsQueryParameters() {
        server.stubFor(get(urlPathEqualTo("/v1/customers/cust_1/entitlements")).willReturn(json(200, """
                {"customer_id": "cust_1", "features": [{"feature": {"id": "feat_1", "lookup_key": "calls"},
                  "entitlement": {"is_enabled": true, "usage_limit": 1500, "usage_reset_period": "MONTHLY"},
                  "sources": [{"entity_type": "subscription", "entitlement_id": "ent_2", "quantity": 1,
                    "usage_limit": 1500}]}]}""")));
        server.stubFor(get(urlPathEqualTo("/v1/customers/usage")).willReturn(json(200, """
                {"customer_id": "cust_1", "features": [{"feature": {"id": "feat_1"}, "total_limit": 1500,
                  "current_usage": "900", "usage_percent": "60.00", "remaining": "600", "is_allowed": true}]}""")));

        CustomerEntitlements entitlements = client().entitlements().customerEntitlements("cust_1",
                java.util.List.of("feat_1"), null);
        CustomerUsageSummary usage = client().entitlements().customerUsage(CustomerUsageParams.builder()
                .customerLookupKey("acme").addFeatureLookupKey("calls").build());

        server.verify(getRequestedFor(urlEqualTo("/v1/customers/cust_1/entitlements?feature_ids=feat_1")));
        server.verify(getRequestedFor(urlEqualTo("/v1/customers/usage?customer_lookup_key=acme"
                + "&feature_lookup_keys=calls")));
        assertThat(entitlements.features()).singleElement().satisfies(f -> {
            assertThat(f.feature().lookupKey()).isEqualTo("calls");
            assertThat(f.entitlement().usageLimit()).isEqualByComparingTo("1500");
            assertThat(f.sources()).extracting(EntitlementSource::entitlementId).containsExactly("ent_2");
        });
        assertThat(usage.features()).singleElement().satisfies(f -> {
            assertThat(f.currentUsage()).isEqualTo(new BigDecimal("900"));
            assertThat(f.usagePercent()).isEqualTo(new BigDecimal("60.00"));
            assertThat(f.remaining()).isEqualTo(new BigDecimal("600"));
            assertThat(f.isAllowed()).isTrue();
        });
    }
}
