package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import io.flexprice.bootstrap.e2e.SubscriptionBillingEndToEndIT.MovableClock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Changes inside a billing period over HTTP, on Postgres, with a clock the test moves: addons added and removed
 * ({@code POST/DELETE /v1/subscriptions/addon}) and a pause, each billed through the PRORATION path (a PRORATION
 * invoice, or a credit note for a net credit). The catalog: plan "Basic" with a 30.00 USD monthly fee in advance;
 * addon "Priority support" (multiple_instance) with a 10.00 USD monthly fee in advance; addon "Onboarding"
 * (onetime) with a one-time 5.00 USD fee in advance. No tax, no coupon. A monthly anniversary subscription from
 * 2026-04-01T00:00Z (UTC: April has 30 days). Every amount is computed by hand beside its assertion.
 */
class SubscriptionChangesEndToEndIT {

    private static final Instant APRIL_1 = Instant.parse("2026-04-01T00:00:00Z");

    private final MovableClock clock = new MovableClock(APRIL_1.plusSeconds(10));
    private RunningApplication app;
    private String customerId;
    private String planId;
    private String supportId;
    private String onboardingId;

    @BeforeEach
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), clock);
        customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "changes-e2e", "name": "Acme"}"""), 201).get("id").asText();
        planId = assertStatus(app.post("/v1/plans", """
                {"name": "Basic", "prices": [%s]}""".formatted(monthly("30.00", "Platform fee"))), 201)
                .get("id").asText();
        supportId = assertStatus(app.post("/v1/addons", """
                {"name": "Priority support", "lookup_key": "support", "type": "multiple_instance",
                 "prices": [%s]}""".formatted(monthly("10.00", "Priority support"))), 201).get("id").asText();
        onboardingId = assertStatus(app.post("/v1/addons", """
                {"name": "Onboarding", "lookup_key": "onboarding", "type": "onetime", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "5.00", "currency": "usd",
                    "billing_cadence": "ONETIME", "invoice_cadence": "ADVANCE", "display_name": "Onboarding"}]}"""),
                201).get("id").asText();
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void anAddonAddedOnTheEleventhIsInvoicedForTwentyDaysAndCreditedForTheTenAfterItsRemoval() {
        String id = subscribe();
        clock.moveTo(Instant.parse("2026-04-11T00:00:00Z"));

        JsonNode association = assertStatus(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s", "metadata": {"seat": "7"}}"""
                .formatted(id, supportId)), 200);
        assertThat(association.get("entity_id").asText()).isEqualTo(id);
        assertThat(association.get("entity_type").asText()).isEqualTo("subscription");
        assertThat(association.get("addon_id").asText()).isEqualTo(supportId);
        assertThat(association.get("addon_status").asText()).isEqualTo("active");
        assertThat(association.get("start_date").asText()).isEqualTo("2026-04-11T00:00:00Z");
        assertThat(association.get("metadata").get("seat").asText()).isEqualTo("7");

        // [April 11, May 1) = 20 of April's 30 days: 10.00 x 20/30 = 6.666... -> 6.67
        JsonNode proration = invoice(id, "PRORATION");
        assertThat(proration.get("invoice_status").asText()).isEqualTo("FINALIZED");
        assertThat(proration.get("period_start").asText()).isEqualTo("2026-04-11T00:00:00Z");
        assertThat(proration.get("period_end").asText()).isEqualTo("2026-05-01T00:00:00Z");
        assertThat(proration.get("total").asText()).isEqualTo("6.67");
        assertThat(proration.get("line_items").get(0).get("entity_type").asText()).isEqualTo("addon");

        clock.moveTo(Instant.parse("2026-04-21T00:00:00Z"));
        JsonNode removed = assertStatus(app.send("DELETE", "/v1/subscriptions/addon", """
                {"addon_association_id": "%s", "reason": "not needed"}"""
                .formatted(association.get("id").asText()), Map.of("x-api-key", RunningApplication.DEV_KEY)), 200);
        assertThat(removed.get("message").asText()).isNotBlank();

        // unused: [April 21, May 1) = 10 of 30 days: 10.00 x 10/30 = 3.333...; given back on the PRORATION
        // invoice's line (6.67) in that proportion: 6.67 x 3.333.../6.67 = 3.333... -> 3.33
        JsonNode notes = assertStatus(app.get("/v1/creditnotes?invoice_id=" + proration.get("id").asText()), 200)
                .get("items");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("total_amount").asText()).isEqualTo("3.33");
        assertThat(invoices(id)).as("the first invoice and the proration").hasSize(2);

        JsonNode listed = assertStatus(app.get("/v1/subscriptions/" + id + "/addons/associations"), 200);
        assertThat(listed).hasSize(1);
        assertThat(listed.get(0).get("addon_status").asText()).isEqualTo("cancelled");
        assertThat(listed.get(0).get("end_date").asText()).isEqualTo("2026-04-21T00:00:00Z");
        Response again = app.send("DELETE", "/v1/subscriptions/addon", """
                {"addon_association_id": "%s"}""".formatted(association.get("id").asText()),
                Map.of("x-api-key", RunningApplication.DEV_KEY));
        assertThat(again.status()).as(again.toString()).isEqualTo(404);
    }

    @Test
    void aOnetimeAddonIsRefusedTwiceAndBadRequestsChangeNothing() {
        String id = subscribe();
        clock.moveTo(Instant.parse("2026-04-11T00:00:00Z"));
        assertStatus(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s"}""".formatted(id, onboardingId)), 200);
        // the one-time fee in full, not prorated: 5.00
        assertThat(invoice(id, "PRORATION").get("total").asText()).isEqualTo("5");

        clock.moveTo(Instant.parse("2026-04-12T00:00:00Z"));
        Response twice = app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s"}""".formatted(id, onboardingId));
        assertThat(twice.status()).as(twice.toString()).isEqualTo(409);
        assertThat(twice.body().get("error").get("code").asText()).isEqualTo("subscription.addon_already_added");
        assertThat(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "addon_nope"}""".formatted(id)).status()).isEqualTo(404);
        assertThat(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s"}""".formatted(id)).status()).isEqualTo(400);
        assertThat(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s", "start_date": "soon"}"""
                .formatted(id, supportId)).status()).isEqualTo(400);
        assertThat(assertStatus(app.get("/v1/subscriptions/" + id + "/addons/associations"), 200)).hasSize(1);
        assertThat(invoices(id)).hasSize(2);

        // a multiple_instance addon three times at one instant: the second PRORATION invoice would have the
        // first's period [April 12, May 1), so it is a SUBSCRIPTION_UPDATE invoice; the third add is refused and
        // rolled back. Each: [April 12, May 1) = 19 of 30 days: 10.00 x 19/30 = 6.333... -> 6.33
        assertStatus(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s"}""".formatted(id, supportId)), 200);
        assertStatus(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s"}""".formatted(id, supportId)), 200);
        assertThat(invoice(id, "SUBSCRIPTION_UPDATE").get("total").asText()).isEqualTo("6.33");
        Response sameInstant = app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s"}""".formatted(id, supportId));
        assertThat(sameInstant.status()).as(sameInstant.toString()).isEqualTo(409);
        assertThat(sameInstant.body().get("error").get("code").asText())
                .isEqualTo("subscription.change_already_invoiced");
        assertThat(assertStatus(app.get("/v1/subscriptions/" + id + "/addons/associations"), 200)).hasSize(3);
        // a moment later it is added: three instances on the subscription, each invoiced once
        clock.moveTo(Instant.parse("2026-04-12T00:00:01Z"));
        assertStatus(app.post("/v1/subscriptions/addon", """
                {"subscription_id": "%s", "addon_id": "%s"}""".formatted(id, supportId)), 200);
        assertThat(assertStatus(app.get("/v1/subscriptions/" + id + "/addons/associations"), 200)).hasSize(4);
        assertThat(invoices(id)).hasSize(5);
    }

    @Test
    void pausingForTenDaysMidPeriodCreditsThemOnTheAdvanceInvoice() {
        String id = subscribe();
        JsonNode first = invoice(id, "SUBSCRIPTION_CREATE"); // April in advance: 30.00
        assertThat(first.get("total").asText()).isEqualTo("30");
        clock.moveTo(Instant.parse("2026-04-11T00:00:00Z"));

        assertStatus(app.post("/v1/subscriptions/" + id + "/pause", """
                {"pause_mode": "immediate", "pause_days": 10}"""), 200);

        // paused [April 11, April 21) = 10 of 30 days: 30.00 x 10/30 = 10.00, an ADJUSTMENT of the unpaid first
        // invoice: 30.00 - 10.00 = 20.00 due
        JsonNode notes = assertStatus(app.get("/v1/creditnotes?invoice_id=" + first.get("id").asText()), 200)
                .get("items");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("total_amount").asText()).isEqualTo("10");
        assertThat(assertStatus(app.get("/v1/invoices/" + first.get("id").asText()), 200).get("amount_due").asText())
                .isEqualTo("20");
    }

    private static String monthly(String amount, String name) {
        return """
                {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "%s", "currency": "usd",
                 "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
                 "display_name": "%s"}""".formatted(amount, name);
    }

    private String subscribe() {
        return assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "billing_cycle": "anniversary", "start_date": "2026-04-01T00:00:00Z"}"""
                .formatted(customerId, planId)), 201).get("id").asText();
    }

    private List<JsonNode> invoices(String subscriptionId) {
        List<JsonNode> found = new ArrayList<>();
        assertStatus(app.get("/v1/invoices?subscription_id=" + subscriptionId), 200).get("items")
                .forEach(found::add);
        return found;
    }

    private JsonNode invoice(String subscriptionId, String billingReason) {
        return invoices(subscriptionId).stream()
                .filter(invoice -> invoice.get("billing_reason").asText().equals(billingReason))
                .findFirst().orElseThrow(() -> new AssertionError("no " + billingReason + " invoice"));
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
