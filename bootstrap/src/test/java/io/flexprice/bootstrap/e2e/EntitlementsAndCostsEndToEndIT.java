package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Entitlements and costsheets over HTTP, on Postgres, with the clock fixed at 2026-04-11: a plan grants a
 * metered, a boolean and a static feature; a subscription overrides the metered limit at creation; usage is
 * counted against the limit in the current period (one-call check, customer and subscription views, usage
 * summary); a costsheet prices our cost of the same usage, and cost analytics give revenue, cost and margin.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EntitlementsAndCostsEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");

    private RunningApplication app;
    private String customerId;
    private String meterId;
    private String planId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
        customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "ent-e2e-1", "name": "Acme"}"""), 201).get("id").asText();
        meterId = assertStatus(app.post("/v1/features", """
                {"name": "API calls", "type": "metered", "lookup_key": "ent_e2e_calls",
                 "meter": {"event_name": "ent_call", "aggregation": {"type": "SUM", "field": "units"},
                           "reset_usage": "BILLING_PERIOD"}}"""), 201).get("meter_id").asText();
        assertStatus(app.post("/v1/features", """
                {"name": "SSO", "type": "boolean", "lookup_key": "ent_e2e_sso"}"""), 201);
        assertStatus(app.post("/v1/features", """
                {"name": "Support", "type": "static", "lookup_key": "ent_e2e_support"}"""), 201);
        planId = assertStatus(app.post("/v1/plans", """
                {"name": "Pro", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "30.00", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE"},
                   {"type": "USAGE", "billing_model": "FLAT_FEE", "amount": "0.10", "currency": "usd",
                    "meter_id": "%s", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                    "invoice_cadence": "ARREAR"}]}""".formatted(meterId)), 201).get("id").asText();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private String featureId(String lookupKey) {
        JsonNode found = assertStatus(app.get("/v1/features?lookup_key=" + lookupKey), 200);
        return found.get("items").get(0).get("id").asText();
    }

    @Test
    void aPlansEntitlementsOverriddenAtSubscriptionAreCheckedAgainstUsageAndCostsGiveTheMargin() {
        String calls = featureId("ent_e2e_calls");
        JsonNode callsEntitlement = assertStatus(app.post("/v1/entitlements", """
                {"plan_id": "%s", "feature_id": "%s", "feature_type": "metered", "usage_limit": 1000,
                 "usage_reset_period": "MONTHLY"}""".formatted(planId, calls)), 201);
        assertThat(callsEntitlement.get("entity_type").asText()).isEqualTo("PLAN");
        assertThat(callsEntitlement.get("is_enabled").asBoolean()).isTrue();
        assertThat(callsEntitlement.get("usage_limit").decimalValue()).isEqualByComparingTo("1000");
        JsonNode bulk = assertStatus(app.post("/v1/entitlements/bulk", """
                {"items": [
                   {"entity_type": "PLAN", "entity_id": "%s", "feature_id": "%s", "feature_type": "boolean"},
                   {"plan_id": "%s", "feature_id": "%s", "feature_type": "static", "static_value": "email"}]}"""
                .formatted(planId, featureId("ent_e2e_sso"), planId, featureId("ent_e2e_support"))), 201);
        assertThat(bulk.get("items")).hasSize(2);
        JsonNode plan = assertStatus(app.get("/v1/plans/" + planId + "/entitlements"), 200);
        assertThat(plan.get("id").asText()).isEqualTo(planId);
        assertThat(plan.get("entitlements")).hasSize(3);

        JsonNode subscription = assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "start_date": "2026-04-01T00:00:00Z",
                 "override_entitlements": [{"entitlement_id": "%s", "usage_limit": 1500}]}"""
                .formatted(customerId, planId, callsEntitlement.get("id").asText())), 201);
        String subscriptionId = subscription.get("id").asText();
        assertStatus(app.post("/v1/events/bulk", """
                {"events": [
                  {"event_id": "ent-e2e-ev1", "event_name": "ent_call", "external_customer_id": "ent-e2e-1",
                   "timestamp": "2026-04-05T10:00:00Z", "properties": {"units": 600}},
                  {"event_id": "ent-e2e-ev2", "event_name": "ent_call", "external_customer_id": "ent-e2e-1",
                   "timestamp": "2026-04-10T10:00:00Z", "properties": {"units": 300}}]}"""), 202);

        // the override's 1500 replaces the plan's 1000; used 600 + 300 = 900; left 1500 - 900 = 600
        JsonNode check = assertStatus(app.get(
                "/v1/entitlements/check?external_customer_id=ent-e2e-1&feature_lookup_key=ent_e2e_calls"), 200);
        assertThat(check.get("is_allowed").asBoolean()).isTrue();
        assertThat(check.get("usage_limit").decimalValue()).isEqualByComparingTo("1500");
        assertThat(check.get("current_usage").asText()).isEqualTo("900");
        assertThat(check.get("remaining").asText()).isEqualTo("600");
        assertThat(check.get("usage_window_start").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(check.get("next_usage_reset_at").asText()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(check.get("sources").get(0).get("entity_type").asText()).isEqualTo("subscription");

        JsonNode entitlements = assertStatus(app.get("/v1/customers/" + customerId + "/entitlements"), 200);
        assertThat(entitlements.get("customer_id").asText()).isEqualTo(customerId);
        assertThat(entitlements.get("features")).hasSize(3);
        JsonNode summary = assertStatus(app.get("/v1/customers/usage?customer_lookup_key=ent-e2e-1"), 200);
        JsonNode metered = summary.get("features").get(0);
        assertThat(metered.get("feature").get("id").asText()).isEqualTo(calls);
        assertThat(metered.get("total_limit").decimalValue()).isEqualByComparingTo("1500");
        assertThat(metered.get("current_usage").asText()).isEqualTo("900");
        assertThat(metered.get("usage_percent").asText()).isEqualTo("60.00"); // 900 / 1500 × 100
        assertThat(metered.get("next_usage_reset_at").asText()).isEqualTo("2026-05-01T00:00:00Z");
        JsonNode support = summary.get("features").get(1);
        assertThat(support.get("feature").get("lookup_key").asText()).isEqualTo("ent_e2e_support");
        JsonNode ofSubscription = assertStatus(app.get("/v1/subscriptions/" + subscriptionId + "/entitlements"), 200);
        assertThat(ofSubscription.get("plan_id").asText()).isEqualTo(planId);
        assertThat(ofSubscription.get("features")).hasSize(3);

        String costsheetId = assertStatus(app.post("/v1/costs", """
                {"name": "Infra e2e", "description": "GPU"}"""), 201).get("costsheet").get("id").asText();
        assertStatus(app.post("/v1/prices", """
                {"entity_type": "COSTSHEET", "entity_id": "%s", "type": "USAGE", "billing_model": "FLAT_FEE",
                 "amount": "0.04", "currency": "usd", "meter_id": "%s", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "invoice_cadence": "ARREAR",
                 "start_date": "2026-01-01T00:00:00Z"}""".formatted(costsheetId, meterId)), 201);
        JsonNode active = assertStatus(app.get("/v1/costs/active"), 200);
        assertThat(active.get("id").asText()).isEqualTo(costsheetId);
        assertThat(active.get("prices")).hasSize(1);

        JsonNode analytics = assertStatus(app.post("/v1/costs/analytics", """
                {"start_time": "2026-04-01T00:00:00Z", "end_time": "2026-04-11T00:00:00Z",
                 "external_customer_id": "ent-e2e-1"}"""), 200);
        // revenue 900 × 0.10 = 90; cost 900 × 0.04 = 36; margin 54; 54 / 90 = 60 %; roi 54 / 36 = 1.5
        assertThat(analytics.get("total_revenue").asText()).isEqualTo("90");
        assertThat(analytics.get("total_cost").asText()).isEqualTo("36");
        assertThat(analytics.get("margin").asText()).isEqualTo("54");
        assertThat(analytics.get("margin_percent").asText()).isEqualTo("60");
        assertThat(analytics.get("roi").asText()).isEqualTo("1.5");
        assertThat(analytics.get("currency").asText()).isEqualTo("usd");
        JsonNode item = analytics.get("cost_analytics").get(0);
        assertThat(item.get("feature_id").asText()).isEqualTo(calls);
        assertThat(item.get("total_quantity").asText()).isEqualTo("900");

        assertStatus(app.delete("/v1/costs/" + costsheetId), 200);
        assertThat(app.get("/v1/costs/active").status()).isEqualTo(404);
    }

    @Test
    void badRequestsChangeNothingAndNameTheirFields() {
        String sso = featureId("ent_e2e_sso");
        Response bulk = app.post("/v1/entitlements/bulk", """
                {"items": [
                   {"plan_id": "%s", "feature_id": "%s", "feature_type": "boolean"},
                   {"plan_id": "%s", "feature_id": "%s", "feature_type": "static"}]}"""
                .formatted(planId, sso, planId, featureId("ent_e2e_support")));
        assertThat(bulk.status()).as(bulk.toString()).isEqualTo(400);
        assertThat(fields(bulk)).containsExactly("items[1].static_value");

        Response wrongType = app.post("/v1/entitlements", """
                {"plan_id": "%s", "feature_id": "%s", "feature_type": "metered", "usage_limit": -1,
                 "usage_reset_period": "HOURLY"}""".formatted(planId, sso));
        assertThat(wrongType.status()).as(wrongType.toString()).isEqualTo(400);
        assertThat(fields(wrongType)).contains("usage_reset_period");

        long before = assertStatus(app.get("/v1/subscriptions?customer_id=" + customerId), 200)
                .get("pagination").get("total").asLong();
        Response badOverride = app.post("/v1/subscriptions", """
                {"external_customer_id": "ent-e2e-1", "plan_id": "%s", "currency": "usd",
                 "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "lookup_key": "ent-e2e-rejected",
                 "override_entitlements": [{"entitlement_id": "ent_missing"}]}""".formatted(planId));
        assertThat(badOverride.status()).as(badOverride.toString()).isEqualTo(400);
        assertThat(fields(badOverride)).containsExactly("override_entitlements[0].entitlement_id");
        // the subscription was created and rolled back with the rejected override
        assertThat(assertStatus(app.get("/v1/subscriptions?customer_id=" + customerId), 200)
                .get("pagination").get("total").asLong()).isEqualTo(before);

        assertThat(app.get("/v1/entitlements/ent_missing").status()).isEqualTo(404);
        Response noCustomer = app.get("/v1/entitlements/check?customer_id=cust_missing&feature_id=" + sso);
        assertThat(noCustomer.status()).isEqualTo(404);
        assertThat(noCustomer.body().get("error").get("code").asText()).isEqualTo("customer.not_found");
        Response noFeature = app.get("/v1/entitlements/check?customer_id=" + customerId);
        assertThat(noFeature.status()).isEqualTo(400);
        assertThat(fields(noFeature)).containsExactly("feature_id");
        assertThat(app.post("/v1/costs/analytics", """
                {"start_time": "2026-04-11T00:00:00Z", "end_time": "2026-04-01T00:00:00Z"}""").status())
                .isEqualTo(400);
        assertThat(app.post("/v1/costs", "{}").status()).isEqualTo(400);
    }

    private static List<String> fields(Response response) {
        List<String> fields = new ArrayList<>();
        response.body().get("error").get("details").forEach(d -> fields.add(d.get("field").asText()));
        return fields;
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
