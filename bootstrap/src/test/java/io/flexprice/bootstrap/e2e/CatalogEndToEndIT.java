package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives the rest of the catalog over HTTP as a FlexPrice client would: a change of a price's terms that ends
 * it and starts a new version, addons with their prices, and a plan cloned with its current prices.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CatalogEndToEndIT {

    private static final String FEE = """
            {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "%s", "currency": "usd",
             "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
             "price_unit_type": "FIAT", "lookup_key": %s}""";

    private RunningApplication app;
    private String meterId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
        meterId = assertStatus(app.post("/v1/features", """
                {"name": "Tokens", "type": "metered", "lookup_key": "catalog_e2e_tokens",
                 "meter": {"event_name": "llm_call", "aggregation": {"type": "SUM", "field": "tokens"},
                           "reset_usage": "BILLING_PERIOD"}}"""), 201).get("meter_id").asText();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private static String fee(String amount, String lookupKey) {
        return FEE.formatted(amount, lookupKey == null ? "null" : "\"" + lookupKey + "\"");
    }

    @Test
    void aTermChangeEndsThePriceWhereItsNewVersionStartsWithTheLookupKey() {
        JsonNode plan = assertStatus(app.post("/v1/plans", """
                {"name": "Versioned", "lookup_key": "versioned", "prices": [%s, %s]}"""
                .formatted(fee("49.00", "v_fee"), fee("10.00", "v_now"))), 201);
        String planId = plan.get("id").asText();
        String feeId = plan.get("prices").get(0).get("id").asText();
        String nowId = plan.get("prices").get(1).get("id").asText();

        JsonNode next = assertStatus(app.put("/v1/prices/" + feeId, """
                {"amount": "59.00", "effective_from": "2099-01-01T00:00:00Z", "display_name": "Fee 2099"}"""), 200);
        assertThat(next.get("id").asText()).isNotEqualTo(feeId);
        assertThat(next.get("amount").asText()).isEqualTo("59.00");
        assertThat(next.get("start_date").asText()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(next.has("end_date")).isFalse();
        assertThat(next.get("parent_price_id").asText()).isEqualTo(feeId);
        assertThat(next.get("lookup_key").asText()).isEqualTo("v_fee");
        assertThat(next.get("display_name").asText()).isEqualTo("Fee 2099");
        assertThat(next.get("entity_id").asText()).isEqualTo(planId);
        JsonNode ended = assertStatus(app.get("/v1/prices/" + feeId), 200);
        assertThat(ended.get("end_date").asText()).isEqualTo("2099-01-01T00:00:00Z");
        assertThat(ended.has("lookup_key")).isFalse();
        assertThat(ended.get("amount").asText()).isEqualTo("49.00");
        assertThat(assertStatus(app.get("/v1/prices/lookup/v_fee"), 200).get("id").asText())
                .isEqualTo(next.get("id").asText());
        assertThat(ids(assertStatus(app.get("/v1/plans/" + planId), 200).get("prices")))
                .containsExactlyInAnyOrder(feeId, nowId, next.get("id").asText());
        assertThat(ids(assertStatus(app.get("/v1/prices?parent_price_id=" + feeId), 200).get("items")))
                .containsExactly(next.get("id").asText());

        JsonNode now = assertStatus(app.put("/v1/prices/" + nowId, """
                {"amount": "12.00"}"""), 200);
        assertThat(assertStatus(app.get("/v1/prices/" + nowId), 200).get("end_date").asText())
                .isEqualTo(now.get("start_date").asText());

        assertThat(fields(assertStatus(app.put("/v1/prices/" + feeId, """
                {"amount": "69.00"}"""), 400))).containsExactly("end_date");
        assertThat(fields(assertStatus(app.put("/v1/prices/" + next.get("id").asText(), """
                {"amount": "69.00", "effective_from": "2000-01-01T00:00:00Z"}"""), 400)))
                .containsExactly("effective_from");
        assertThat(fields(assertStatus(app.put("/v1/prices/" + next.get("id").asText(), """
                {"amount": "69.00"}"""), 400))).containsExactly("effective_from");
        assertThat(fields(assertStatus(app.put("/v1/prices/" + next.get("id").asText(), """
                {"effective_from": "2099-06-01T00:00:00Z"}"""), 400))).containsExactly("effective_from");
        assertThat(fields(assertStatus(app.put("/v1/prices/" + next.get("id").asText(), """
                {"tier_mode": "SLAB", "tiers": [{"unit_amount": "1"}], "effective_from": "2099-06-01T00:00:00Z"}"""),
                400))).containsExactly("tier_mode", "tiers");
    }

    @Test
    void endedPricesAreListedOnlyWithAllowExpiredPrices() {
        String planId = assertStatus(app.post("/v1/plans", """
                {"name": "History", "lookup_key": "history"}"""), 201).get("id").asText();
        JsonNode past = assertStatus(app.post("/v1/prices", """
                {"entity_type": "PLAN", "entity_id": "%s", "type": "FIXED", "billing_model": "FLAT_FEE",
                 "amount": "5", "currency": "usd", "billing_cadence": "ONETIME", "invoice_cadence": "ADVANCE",
                 "start_date": "2020-01-01T00:00:00Z", "end_date": "2021-01-01T00:00:00Z"}""".formatted(planId)), 201);
        assertThat(past.get("start_date").asText()).isEqualTo("2020-01-01T00:00:00Z");

        assertThat(assertStatus(app.get("/v1/prices?plan_ids=" + planId), 200).get("items")).isEmpty();
        assertThat(ids(assertStatus(app.get("/v1/prices?plan_ids=" + planId + "&allow_expired_prices=true"), 200)
                .get("items"))).containsExactly(past.get("id").asText());
        assertThat(ids(assertStatus(app.post("/v1/prices/search", """
                {"plan_ids": ["%s"], "allow_expired_prices": true}""".formatted(planId)), 200).get("items")))
                .containsExactly(past.get("id").asText());
        assertThat(assertStatus(app.get("/v1/plans/" + planId), 200).get("prices")).isEmpty();
        assertThat(fields(assertStatus(app.get("/v1/prices?allow_expired_prices=maybe"), 400)))
                .containsExactly("allow_expired_prices");
    }

    @Test
    void anAddonWithItsPricesIsServedSearchedUpdatedAndDeleted() {
        JsonNode created = assertStatus(app.post("/v1/addons", """
                {"name": "Extra seats", "lookup_key": "seats", "type": "multiple_instance",
                 "metadata": {"unit": "seat"}, "prices": [%s]}""".formatted(fee("5.00", "seat_fee"))), 201);
        String addonId = created.get("id").asText();
        assertThat(addonId).startsWith("addon_");
        assertThat(created.get("type").asText()).isEqualTo("multiple_instance");
        assertThat(created.get("status").asText()).isEqualTo("published");
        assertThat(created.get("metadata").get("unit").asText()).isEqualTo("seat");
        JsonNode inline = created.get("prices").get(0);
        assertThat(inline.get("entity_type").asText()).isEqualTo("ADDON");
        assertThat(inline.get("entity_id").asText()).isEqualTo(addonId);
        assertThat(inline.has("plan_id")).isFalse();

        JsonNode usage = assertStatus(app.post("/v1/prices", """
                {"entity_type": "ADDON", "entity_id": "%s", "type": "USAGE", "billing_model": "FLAT_FEE",
                 "amount": "0.01", "currency": "usd", "meter_id": "%s", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "invoice_cadence": "ARREAR"}""".formatted(addonId, meterId)), 201);
        assertThat(ids(assertStatus(app.get("/v1/addons/" + addonId), 200).get("prices")))
                .containsExactly(inline.get("id").asText(), usage.get("id").asText());
        assertThat(assertStatus(app.get("/v1/addons/lookup/seats"), 200).get("id").asText()).isEqualTo(addonId);
        assertThat(assertStatus(app.get("/v1/prices?entity_type=ADDON&entity_ids=" + addonId), 200)
                .get("pagination").get("total").asLong()).isEqualTo(2);

        assertThat(assertStatus(app.post("/v1/addons", """
                {"name": "Other", "lookup_key": "seats", "type": "onetime"}"""), 409).get("error").get("code")
                .asText()).isEqualTo("addon.lookup_key_taken");
        assertThat(fields(assertStatus(app.post("/v1/addons", """
                {"name": "Bad", "type": "twice", "metadata": {"n": 1}}"""), 400)))
                .containsExactly("type", "metadata.n");
        assertThat(fields(assertStatus(app.post("/v1/addons", """
                {"name": " ", "type": "onetime"}"""), 400))).containsExactly("name", "lookup_key");
        assertThat(assertStatus(app.post("/v1/prices", """
                {"entity_type": "ADDON", "entity_id": "addon_nope", "type": "FIXED", "billing_model": "FLAT_FEE",
                 "amount": "5", "currency": "usd", "billing_cadence": "ONETIME", "invoice_cadence": "ADVANCE"}"""),
                404).get("error").get("code").asText()).isEqualTo("addon.not_found");

        JsonNode renamed = assertStatus(app.put("/v1/addons/" + addonId, """
                {"name": "Seats", "description": "Per seat"}"""), 200);
        assertThat(renamed.get("name").asText()).isEqualTo("Seats");
        assertThat(renamed.get("lookup_key").asText()).isEqualTo("seats");
        assertThat(renamed.get("prices")).hasSize(2);
        assertStatus(app.post("/v1/addons", """
                {"name": "Setup", "lookup_key": "setup", "type": "onetime"}"""), 201);
        assertThat(ids(assertStatus(app.post("/v1/addons/search", """
                {"addon_type": "multiple_instance"}"""), 200).get("items"))).containsExactly(addonId);
        assertThat(assertStatus(app.get("/v1/addons?lookup_keys=setup,seats&order=asc"), 200).get("items")
                .get(0).get("name").asText()).isEqualTo("Seats");

        assertThat(assertStatus(app.delete("/v1/addons/" + addonId), 200).get("message").asText())
                .isEqualTo("addon deleted successfully");
        assertThat(app.get("/v1/addons/" + addonId).status()).isEqualTo(404);
        assertThat(app.get("/v1/addons/lookup/seats").status()).isEqualTo(404);
        assertThat(app.get("/v1/prices/" + usage.get("id").asText()).status()).isEqualTo(404);
    }

    @Test
    void aCloneCopiesThePlanAndItsCurrentPricesUnderNewIds() {
        JsonNode source = assertStatus(app.post("/v1/plans", """
                {"name": "Team", "description": "For teams", "lookup_key": "team", "metadata": {"tier": "team"},
                 "prices": [%s,
                   {"type": "USAGE", "billing_model": "PACKAGE", "amount": "2.00", "currency": "usd",
                    "meter_id": "%s", "transform_quantity": {"divide_by": 1000, "round": "up"},
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ARREAR",
                    "lookup_key": "team_tokens"}]}""".formatted(fee("99.00", "team_fee"), meterId)), 201);
        String sourceId = source.get("id").asText();

        JsonNode clone = assertStatus(app.post("/v1/plans/" + sourceId + "/clone", """
                {"name": "Team EU", "lookup_key": "team_eu", "metadata": {"region": "eu"}, "display_order": 2}"""),
                201);

        String cloneId = clone.get("id").asText();
        assertThat(cloneId).isNotEqualTo(sourceId);
        assertThat(clone.get("name").asText()).isEqualTo("Team EU");
        assertThat(clone.get("description").asText()).isEqualTo("For teams");
        assertThat(clone.get("metadata").get("tier").asText()).isEqualTo("team");
        assertThat(clone.get("metadata").get("region").asText()).isEqualTo("eu");
        assertThat(clone.get("metadata").get("source_plan_id").asText()).isEqualTo(sourceId);
        assertThat(clone.get("prices")).hasSize(2);
        for (int i = 0; i < 2; i++) {
            JsonNode copy = clone.get("prices").get(i);
            JsonNode original = source.get("prices").get(i);
            assertThat(copy.get("id").asText()).isNotEqualTo(original.get("id").asText());
            assertThat(copy.get("entity_id").asText()).isEqualTo(cloneId);
            assertThat(copy.has("lookup_key")).isFalse();
            assertThat(copy.get("amount").asText()).isEqualTo(original.get("amount").asText());
            assertThat(copy.get("billing_model").asText()).isEqualTo(original.get("billing_model").asText());
        }
        assertThat(clone.get("prices").get(1).get("transform_quantity").get("divide_by").asInt()).isEqualTo(1000);
        assertThat(assertStatus(app.get("/v1/plans/" + cloneId), 200)).isEqualTo(clone);
        assertThat(assertStatus(app.get("/v1/prices/lookup/team_fee"), 200).get("entity_id").asText())
                .isEqualTo(sourceId);

        assertThat(assertStatus(app.post("/v1/plans/" + sourceId + "/clone", """
                {"name": "Team 2", "lookup_key": "team"}"""), 409).get("error").get("code").asText())
                .isEqualTo("plan.lookup_key_taken");
        assertThat(fields(assertStatus(app.post("/v1/plans/" + sourceId + "/clone", """
                {"name": "Team"}"""), 400))).containsExactly("lookup_key", "name");
        assertThat(app.post("/v1/plans/plan_nope/clone", """
                {"name": "X", "lookup_key": "x"}""").status()).isEqualTo(404);
        assertThat(assertStatus(app.get("/v1/plans?lookup_key=team_eu"), 200).get("items")).hasSize(1);
    }

    private static List<String> ids(JsonNode items) {
        List<String> ids = new ArrayList<>();
        items.forEach(item -> ids.add(item.get("id").asText()));
        return ids;
    }

    private static List<String> fields(JsonNode error) {
        List<String> fields = new ArrayList<>();
        error.get("error").get("details").forEach(d -> fields.add(d.get("field").asText()));
        return fields;
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
