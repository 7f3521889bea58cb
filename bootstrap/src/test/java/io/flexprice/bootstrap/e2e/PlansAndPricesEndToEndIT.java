package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives plans and prices over HTTP as a FlexPrice client would: a plan created with a flat platform fee
 * and a tiered usage price on an existing meter, read back with both, a price found by lookup key, the
 * 409 of a taken lookup key, the 400 of a bad tier list, and deletes; a plan's price changes synced to its
 * subscription.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlansAndPricesEndToEndIT {

    private RunningApplication app;
    private String meterId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
        JsonNode feature = assertStatus(app.post("/v1/features", """
                {"name": "Tokens", "type": "metered", "lookup_key": "plans_e2e_tokens",
                 "meter": {"event_name": "llm_call", "aggregation": {"type": "SUM", "field": "tokens"},
                           "reset_usage": "BILLING_PERIOD"}}"""), 201);
        meterId = feature.get("meter_id").asText();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void planWithAFlatFeeAndATieredUsagePriceIsServedAndDeleted() {
        JsonNode created = assertStatus(app.post("/v1/plans", """
                {"name": "Pro", "description": "For teams", "lookup_key": "pro", "metadata": {"tier": "pro"},
                 "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "49.00", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "billing_period_count": 1,
                    "invoice_cadence": "ADVANCE", "price_unit_type": "FIAT", "lookup_key": "pro_platform_fee",
                    "display_name": "Platform fee"},
                   {"type": "USAGE", "billing_model": "TIERED", "tier_mode": "SLAB", "currency": "USD",
                    "meter_id": "%s", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                    "invoice_cadence": "ARREAR", "lookup_key": "pro_tokens",
                    "tiers": [{"up_to": 1000, "unit_amount": "0.01"},
                              {"unit_amount": "0.005", "flat_amount": "2.50"}]}
                 ]}""".formatted(meterId)), 201);
        String planId = created.get("id").asText();
        assertThat(planId).startsWith("plan_");
        assertThat(created.get("prices")).hasSize(2);

        JsonNode plan = assertStatus(app.get("/v1/plans/" + planId), 200);
        assertThat(plan.get("name").asText()).isEqualTo("Pro");
        assertThat(plan.get("lookup_key").asText()).isEqualTo("pro");
        assertThat(plan.get("status").asText()).isEqualTo("published");
        assertThat(plan.get("metadata").get("tier").asText()).isEqualTo("pro");
        List<String> lookupKeys = new ArrayList<>();
        plan.get("prices").forEach(p -> lookupKeys.add(p.get("lookup_key").asText()));
        assertThat(lookupKeys).containsExactly("pro_platform_fee", "pro_tokens");
        JsonNode fee = plan.get("prices").get(0);
        assertThat(fee.get("amount").asText()).isEqualTo("49.00");
        assertThat(fee.get("currency").asText()).isEqualTo("usd");
        assertThat(fee.get("entity_type").asText()).isEqualTo("PLAN");
        assertThat(fee.get("entity_id").asText()).isEqualTo(planId);
        assertThat(fee.get("invoice_cadence").asText()).isEqualTo("ADVANCE");

        JsonNode usage = assertStatus(app.get("/v1/prices/lookup/pro_tokens"), 200);
        assertThat(usage.get("meter_id").asText()).isEqualTo(meterId);
        assertThat(usage.get("billing_model").asText()).isEqualTo("TIERED");
        assertThat(usage.get("tier_mode").asText()).isEqualTo("SLAB");
        assertThat(usage.get("tiers").get(0).get("up_to").decimalValue()).isEqualByComparingTo("1000");
        assertThat(usage.get("tiers").get(0).get("unit_amount").asText()).isEqualTo("0.01");
        assertThat(usage.get("tiers").get(1).has("up_to")).isFalse();
        assertThat(usage.get("tiers").get(1).get("flat_amount").asText()).isEqualTo("2.50");
        assertThat(assertStatus(app.get("/v1/prices/" + usage.get("id").asText()), 200)).isEqualTo(usage);

        Response taken = app.post("/v1/prices", """
                {"entity_type": "PLAN", "entity_id": "%s", "type": "FIXED", "billing_model": "FLAT_FEE",
                 "amount": "5", "currency": "usd", "billing_cadence": "ONETIME", "invoice_cadence": "ADVANCE",
                 "lookup_key": "pro_tokens"}""".formatted(planId));
        assertThat(taken.status()).as(taken.toString()).isEqualTo(409);
        assertThat(taken.body().get("error").get("code").asText()).isEqualTo("price.lookup_key_taken");

        JsonNode renamed = assertStatus(app.put("/v1/prices/" + fee.get("id").asText(), """
                {"display_name": "Base fee", "metadata": {"v": "2"}}"""), 200);
        assertThat(renamed.get("display_name").asText()).isEqualTo("Base fee");
        assertThat(renamed.get("amount").asText()).isEqualTo("49.00");
        JsonNode listed = assertStatus(app.get("/v1/prices?plan_ids=" + planId), 200);
        assertThat(listed.get("pagination").get("total").asLong()).isEqualTo(2);

        assertThat(assertStatus(app.delete("/v1/plans/" + planId), 200).get("message").asText())
                .isEqualTo("plan deleted successfully");
        assertThat(app.get("/v1/plans/" + planId).status()).isEqualTo(404);
        assertThat(app.get("/v1/prices/lookup/pro_tokens").status()).isEqualTo(404);
    }

    @Test
    void aBadTierListIsRefusedNamingEveryInvalidField() {
        String planId = assertStatus(app.post("/v1/plans", """
                {"name": "Starter", "lookup_key": "starter"}"""), 201).get("id").asText();

        Response refused = app.post("/v1/prices", """
                {"entity_type": "PLAN", "entity_id": "%s", "type": "USAGE", "billing_model": "TIERED",
                 "tier_mode": "VOLUME", "currency": "usd", "meter_id": "%s", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "invoice_cadence": "ARREAR",
                 "tiers": [{"up_to": 1000, "unit_amount": "0.01"}, {"up_to": 500, "unit_amount": "0.02"},
                           {"unit_amount": "0.005"}]}""".formatted(planId, meterId));

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("tiers[1].up_to");

        Response several = app.post("/v1/prices/bulk", """
                {"items": [{"entity_type": "PLAN", "entity_id": "%s", "type": "USAGE", "billing_model": "TIERED",
                            "tier_mode": "SLAB", "currency": "usd", "meter_id": "%s",
                            "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                            "invoice_cadence": "ARREAR",
                            "tiers": [{"up_to": 10, "unit_amount": "abc"}, {"up_to": 5, "unit_amount": "1"}]}]}"""
                .formatted(planId, meterId));
        assertThat(several.status()).as(several.toString()).isEqualTo(400);
        assertThat(fields(several)).containsExactly("items[0].tiers[0].unit_amount");

        JsonNode bulk = assertStatus(app.post("/v1/prices/bulk", """
                {"items": [{"entity_type": "PLAN", "entity_id": "%s", "type": "FIXED", "billing_model": "FLAT_FEE",
                            "amount": "9.99", "currency": "eur", "billing_cadence": "RECURRING",
                            "billing_period": "ANNUAL", "invoice_cadence": "ADVANCE"}]}""".formatted(planId)), 201);
        assertThat(bulk.get("items")).hasSize(1);
        String priceId = bulk.get("items").get(0).get("id").asText();
        JsonNode found = assertStatus(app.post("/v1/prices/search", """
                {"plan_ids": ["%s"]}""".formatted(planId)), 200);
        assertThat(found.get("items")).hasSize(1);
        assertThat(assertStatus(app.post("/v1/plans/search", """
                {"plan_ids": ["%s"]}""".formatted(planId)), 200).get("items")).hasSize(1);
        assertThat(assertStatus(app.delete("/v1/prices/" + priceId), 200).get("message").asText())
                .isEqualTo("price deleted successfully");
        assertThat(app.get("/v1/prices/" + priceId).status()).isEqualTo(404);
        assertStatus(app.put("/v1/plans/" + planId, """
                {"name": "Starter 2"}"""), 200);
        assertThat(assertStatus(app.get("/v1/plans?lookup_key=starter"), 200).get("items").get(0).get("name")
                .asText()).isEqualTo("Starter 2");
    }

    @Test
    void aPlanSyncAddsItsNewPriceToItsSubscriptionAndEndsTheLineOfThePriceGivenAnEndDate() {
        String planId = assertStatus(app.post("/v1/plans", """
                {"name": "Synced", "lookup_key": "sync_e2e", "prices": [
                  {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "20.00", "currency": "usd",
                   "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE"}]}"""),
                201).get("id").asText();
        String feeId = assertStatus(app.get("/v1/plans/" + planId), 200).get("prices").get(0).get("id").asText();
        assertStatus(app.post("/v1/customers", """
                {"external_id": "sync_e2e_customer"}"""), 201);
        String subscriptionId = assertStatus(app.post("/v1/subscriptions", """
                {"external_customer_id": "sync_e2e_customer", "plan_id": "%s", "currency": "usd",
                 "billing_cadence": "RECURRING", "billing_period": "MONTHLY"}""".formatted(planId)), 201)
                .get("id").asText();
        String supportId = assertStatus(app.post("/v1/prices", """
                {"entity_type": "PLAN", "entity_id": "%s", "type": "FIXED", "billing_model": "FLAT_FEE",
                 "amount": "10.00", "currency": "usd", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                 "invoice_cadence": "ADVANCE", "display_name": "Support"}""".formatted(planId)), 201)
                .get("id").asText();
        String endDate = RunningApplication.MICROSECOND_CLOCK.instant().plus(Duration.ofDays(3))
                .truncatedTo(ChronoUnit.SECONDS).toString();
        assertStatus(app.send("DELETE", "/v1/prices/" + feeId, """
                {"end_date": "%s"}""".formatted(endDate), RunningApplication.DEV_KEY), 200);

        JsonNode synced = assertStatus(app.post("/v1/plans/" + planId + "/sync/subscriptions", ""), 200);

        assertThat(synced.get("subscriptions").asInt()).isEqualTo(1);
        assertThat(synced.get("line_items_added").asInt()).isEqualTo(1);
        assertThat(synced.get("line_items_ended").asInt()).isEqualTo(1);
        assertThat(synced.has("workflow_id")).isFalse();
        JsonNode lines = assertStatus(app.get("/v1/subscriptions/" + subscriptionId), 200).get("line_items");
        assertThat(lines).hasSize(2);
        for (JsonNode line : lines) {
            if (line.get("price_id").asText().equals(feeId)) {
                assertThat(Instant.parse(line.get("end_date").asText()))
                        .isEqualTo(Instant.parse(endDate));
            } else {
                assertThat(line.get("price_id").asText()).isEqualTo(supportId);
                assertThat(line.get("entity_type").asText()).isEqualTo("plan");
                assertThat(line.has("end_date")).isFalse();
            }
        }
        JsonNode again = assertStatus(app.post("/v1/plans/" + planId + "/sync/subscriptions", ""), 200);
        assertThat(again.get("line_items_added").asInt()).isZero();
        assertThat(again.get("line_items_ended").asInt()).isZero();
        assertStatus(app.post("/v1/plans/plan_missing/sync/subscriptions", ""), 404);
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
