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
 * Drives subscriptions over HTTP as a FlexPrice client would, on a clock fixed at 2026-04-11T00:00Z: a monthly
 * subscription since April 1st to a plan with a 30.00 fee in advance and a per-unit usage price (overridden to
 * 0.20), its usage, an upgrade with proration, a pause and resume, line items, an immediate cancellation, and
 * the 4xx answers. Amounts are computed by hand beside each assertion.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SubscriptionsEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");

    private RunningApplication app;
    private String customerId;
    private String basicPlan;
    private String proPlan;
    private String usagePriceId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
        customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "subs-e2e-1", "name": "Acme"}"""), 201).get("id").asText();
        String meterId = assertStatus(app.post("/v1/features", """
                {"name": "Units", "type": "metered", "lookup_key": "subs_e2e_units",
                 "meter": {"event_name": "unit_used", "aggregation": {"type": "SUM", "field": "units"},
                           "reset_usage": "BILLING_PERIOD"}}"""), 201).get("meter_id").asText();
        JsonNode basic = assertStatus(app.post("/v1/plans", """
                {"name": "Basic", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "30.00", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
                    "display_name": "Basic fee"},
                   {"type": "USAGE", "billing_model": "FLAT_FEE", "amount": "0.10", "currency": "usd",
                    "meter_id": "%s", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                    "invoice_cadence": "ARREAR", "display_name": "Units"},
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "25.00", "currency": "eur",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE"}
                 ]}""".formatted(meterId)), 201);
        basicPlan = basic.get("id").asText();
        usagePriceId = basic.get("prices").get(1).get("id").asText();
        proPlan = assertStatus(app.post("/v1/plans", """
                {"name": "Pro", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "60.00", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
                    "display_name": "Pro fee"}]}"""), 201).get("id").asText();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void subscriptionLivesThroughUsageUpgradePauseLineItemsAndCancellation() {
        JsonNode created = assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "billing_cycle": "anniversary", "start_date": "2026-04-01T00:00:00Z",
                 "override_line_items": [{"price_id": "%s", "amount": "0.20"}], "metadata": {"team": "a"}}"""
                .formatted(customerId, basicPlan, usagePriceId)), 201);
        String id = created.get("id").asText();
        assertThat(id).startsWith("subs_");
        assertThat(created.get("subscription_status").asText()).isEqualTo("active");
        assertThat(created.get("currency").asText()).isEqualTo("usd");
        assertThat(created.get("current_period_start").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(created.get("current_period_end").asText()).isEqualTo("2026-05-01T00:00:00Z");
        // the EUR price is left out: a subscription never mixes currencies
        assertThat(created.get("line_items")).hasSize(2);
        JsonNode usageLine = null;
        for (JsonNode line : created.get("line_items")) {
            assertThat(line.get("entity_type").asText()).isEqualTo("plan");
            usageLine = line.get("price_id").asText().equals(usagePriceId) ? line : usageLine;
        }
        assertThat(usageLine.get("amount").asText()).isEqualTo("0.20");
        assertThat(usageLine.get("plan_display_name").asText()).isEqualTo("Basic");
        assertThat(usageLine.get("meter_display_name").asText()).isEqualTo("Units");

        assertStatus(app.post("/v1/events/bulk", """
                {"events": [
                  {"event_id": "subs-e2e-ev1", "event_name": "unit_used", "external_customer_id": "subs-e2e-1",
                   "timestamp": "2026-04-05T10:00:00Z", "properties": {"units": 50}},
                  {"event_id": "subs-e2e-ev2", "event_name": "unit_used", "external_customer_id": "subs-e2e-1",
                   "timestamp": "2026-04-10T10:00:00Z", "properties": {"units": 30}}]}"""), 202);
        JsonNode usage = assertStatus(app.post("/v1/subscriptions/usage", """
                {"subscription_id": "%s"}""".formatted(id)), 200);
        // 50 + 30 = 80 units at the overridden 0.20 = 16.00
        assertThat(usage.get("charges")).hasSize(1);
        assertThat(usage.get("charges").get(0).get("quantity").decimalValue()).isEqualByComparingTo("80");
        assertThat(usage.get("amount").decimalValue()).isEqualByComparingTo("16.00");
        assertThat(usage.get("display_amount").asText()).isEqualTo("16.00");

        JsonNode preview = assertStatus(app.post("/v1/subscriptions/" + id + "/change/preview", """
                {"target_plan_id": "%s", "billing_cadence": "RECURRING", "billing_cycle": "anniversary",
                 "billing_period": "MONTHLY", "proration_behavior": "create_prorations"}""".formatted(proPlan)), 200);
        assertThat(preview.get("change_type").asText()).isEqualTo("upgrade");
        // April 11..30 is 20 of 30 days: credit 30.00 x 20/30 = 20.00, charge 60.00 x 20/30 = 40.00
        assertThat(preview.get("proration_details").get("credit_amount").asText()).isEqualTo("20.00");
        assertThat(preview.get("proration_details").get("charge_amount").asText()).isEqualTo("40.00");
        assertThat(preview.get("proration_details").get("net_amount").asText()).isEqualTo("20.00");
        assertThat(preview.get("proration_details").get("days_used").asInt()).isEqualTo(10);
        assertThat(assertStatus(app.get("/v1/subscriptions/" + id), 200).get("plan_id").asText())
                .as("a preview changes nothing").isEqualTo(basicPlan);

        JsonNode executed = assertStatus(app.post("/v1/subscriptions/" + id + "/change/execute", """
                {"target_plan_id": "%s", "billing_cadence": "RECURRING", "billing_cycle": "anniversary",
                 "billing_period": "MONTHLY", "proration_behavior": "create_prorations"}""".formatted(proPlan)), 200);
        assertThat(executed.get("is_scheduled").asBoolean()).isFalse();
        assertThat(executed.get("new_subscription").get("plan_id").asText()).isEqualTo(proPlan);
        JsonNode upgraded = assertStatus(app.get("/v1/subscriptions/" + id + "/v2"), 200);
        assertThat(upgraded.get("plan_id").asText()).isEqualTo(proPlan);
        assertThat(upgraded.get("line_items")).hasSize(3);
        assertThat(upgraded.get("line_items").get(0).get("end_date").asText()).isEqualTo("2026-04-11T00:00:00Z");

        JsonNode pause = assertStatus(app.post("/v1/subscriptions/" + id + "/pause", """
                {"pause_mode": "immediate", "pause_days": 5, "reason": "holiday"}"""), 200);
        assertThat(pause.get("pause_status").asText()).isEqualTo("active");
        assertThat(pause.get("pause_end").asText()).isEqualTo("2026-04-16T00:00:00Z");
        assertThat(assertStatus(app.get("/v1/subscriptions/" + id), 200).get("subscription_status").asText())
                .isEqualTo("paused");
        JsonNode pauses = assertStatus(app.get("/v1/subscriptions/" + id + "/pauses"), 200);
        assertThat(pauses.get(0).get("total").asInt()).isEqualTo(1);
        JsonNode resumed = assertStatus(app.post("/v1/subscriptions/" + id + "/resume", """
                {"resume_mode": "immediate"}"""), 200);
        assertThat(resumed.get("id").asText()).isEqualTo(pause.get("id").asText());
        assertThat(assertStatus(app.get("/v1/subscriptions/" + id), 200).get("subscription_status").asText())
                .isEqualTo("active");
        Response notPaused = app.post("/v1/subscriptions/" + id + "/resume", """
                {"resume_mode": "immediate"}""");
        assertThat(notPaused.status()).as(notPaused.toString()).isEqualTo(409);

        String seatPrice = assertStatus(app.post("/v1/prices", """
                {"entity_type": "PLAN", "entity_id": "%s", "type": "FIXED", "billing_model": "FLAT_FEE",
                 "amount": "5.00", "currency": "usd", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                 "invoice_cadence": "ADVANCE", "display_name": "Seat"}""".formatted(proPlan)), 201)
                .get("id").asText();
        JsonNode seats = assertStatus(app.post("/v1/subscriptions/" + id + "/lineitems", """
                {"price_id": "%s", "quantity": 3}""".formatted(seatPrice)), 201);
        assertThat(seats.get("entity_type").asText()).isEqualTo("subscription");
        assertThat(seats.get("quantity").asText()).isEqualTo("3");
        JsonNode more = assertStatus(app.put("/v1/subscriptions/lineitems/" + seats.get("id").asText(), """
                {"quantity": 4, "effective_from": "2026-04-21T00:00:00Z"}"""), 200);
        assertThat(more.get("quantity").asText()).isEqualTo("4");
        assertThat(more.get("start_date").asText()).isEqualTo("2026-04-21T00:00:00Z");
        JsonNode ended = assertStatus(app.send("DELETE", "/v1/subscriptions/lineitems/" + more.get("id").asText(),
                """
                {"effective_from": "2026-04-25T00:00:00Z"}""", RunningApplication.DEV_KEY), 200);
        assertThat(ended.get("end_date").asText()).isEqualTo("2026-04-25T00:00:00Z");
        Response past = app.put("/v1/subscriptions/lineitems/" + usageLine.get("id").asText(), """
                {"metadata": {"a": "b"}, "effective_from": "2026-04-10T00:00:00Z"}""");
        assertThat(past.status()).as(past.toString()).isEqualTo(400);
        assertThat(fields(past)).containsExactly("effective_from");

        JsonNode cancelled = assertStatus(app.post("/v1/subscriptions/" + id + "/cancel", """
                {"cancellation_type": "immediate", "reason": "too expensive"}"""), 200);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");
        // credits: Pro fee April 11..30, 60.00 x 20/30 = 40.00; seats 3 x 5.00 for April 11..20, 10 of 30 days
        // = 5.00; seats 4 x 5.00 for April 21..24, 4 of 30 days = 2.666.. -> 2.67; total 47.67
        assertThat(cancelled.get("total_credit_amount").asText()).isEqualTo("47.67");
        List<String> kinds = new ArrayList<>();
        cancelled.get("charges").forEach(c -> kinds.add(c.get("kind").asText()));
        assertThat(kinds).containsExactly("PRORATION", "PRORATION", "PRORATION", "USAGE");
        // usage up to the cancellation, April 1..11 on the Basic usage line: 80 x 0.20 = 16.00
        assertThat(cancelled.get("charges").get(3).get("rounded_amount").asText()).isEqualTo("16.00");
        Response again = app.post("/v1/subscriptions/" + id + "/cancel", """
                {"cancellation_type": "immediate"}""");
        assertThat(again.status()).as(again.toString()).isEqualTo(409);
        assertThat(again.body().get("error").get("code").asText()).isEqualTo("subscription.invalid_state");

        JsonNode byCustomer = assertStatus(app.get("/v1/subscriptions?external_customer_id=subs-e2e-1"
                + "&subscription_status=cancelled"), 200);
        assertThat(byCustomer.get("pagination").get("total").asLong()).isEqualTo(1);
        assertThat(byCustomer.get("items").get(0).get("id").asText()).isEqualTo(id);
    }

    @Test
    void aDraftIsActivatedFromItsNewStartDate() {
        JsonNode draft = assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "USD", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "subscription_status": "draft"}""".formatted(customerId, proPlan)), 201);
        assertThat(draft.get("subscription_status").asText()).isEqualTo("draft");

        JsonNode active = assertStatus(app.post("/v1/subscriptions/" + draft.get("id").asText() + "/activate", """
                {"start_date": "2026-04-11T00:00:00Z"}"""), 200);

        assertThat(active.get("subscription_status").asText()).isEqualTo("active");
        assertThat(active.get("current_period_end").asText()).isEqualTo("2026-05-11T00:00:00Z");
        JsonNode found = assertStatus(app.post("/v1/subscriptions/search", """
                {"subscription_ids": ["%s"]}""".formatted(draft.get("id").asText())), 200);
        assertThat(found.get("items")).hasSize(1);
    }

    @Test
    void badRequestsAreRefusedNamingTheirFieldsAndUnknownOnesAreNotFound() {
        Response override = app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "override_line_items": [{"price_id": "price_elsewhere"}]}"""
                .formatted(customerId, basicPlan));
        assertThat(override.status()).as(override.toString()).isEqualTo(400);
        assertThat(fields(override)).containsExactly("override_line_items[0].price_id");

        Response several = app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "xyz", "billing_cadence": "RECURRING",
                 "billing_period": "FORTNIGHTLY", "start_date": "soon"}""".formatted(customerId, basicPlan));
        assertThat(several.status()).as(several.toString()).isEqualTo(400);
        assertThat(fields(several)).containsExactlyInAnyOrder("currency", "billing_period", "start_date");

        Response noPlan = app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "plan_missing", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY"}""".formatted(customerId));
        assertThat(noPlan.status()).as(noPlan.toString()).isEqualTo(404);
        assertThat(noPlan.body().get("error").get("code").asText()).isEqualTo("plan.not_found");
        Response missing = app.get("/v1/subscriptions/subs_missing");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.body().get("error").get("code").asText()).isEqualTo("subscription.not_found");
        assertThat(app.put("/v1/subscriptions/lineitems/subs_line_missing", "{}").status()).isEqualTo(404);
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
