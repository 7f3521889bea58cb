package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The billing loop over HTTP, on Postgres, with a clock the test moves: a customer with VAT 19%, a plan with a
 * 62.00 USD monthly fee in advance and tokens in slabs (the first 1000 at 0.01, the rest at 0.005) in arrears, a 10%
 * coupon for 3 periods (at most one redemption). A monthly anniversary subscription from 2026-03-01T00:00Z (UTC:
 * March has 31 days) is created with the coupon, uses 1500 tokens, is previewed and cancelled on March 11th.
 * Every amount is computed by hand beside its assertion.
 */
class SubscriptionBillingEndToEndIT {

    private static final Instant MARCH_1 = Instant.parse("2026-03-01T00:00:00Z");

    private final MovableClock clock = new MovableClock(MARCH_1.plusSeconds(10));
    private RunningApplication app;
    private String customerId;
    private String planId;
    private String couponId;

    @BeforeEach
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), clock);
        customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "loop-e2e", "name": "Acme"}"""), 201).get("id").asText();
        String meterId = assertStatus(app.post("/v1/features", """
                {"name": "Tokens", "type": "metered", "lookup_key": "loop_tokens",
                 "meter": {"event_name": "llm_call", "aggregation": {"type": "SUM", "field": "tokens"},
                           "reset_usage": "BILLING_PERIOD"}}"""), 201).get("meter_id").asText();
        planId = assertStatus(app.post("/v1/plans", """
                {"name": "Pro", "prices": [
                   {"type": "FIXED", "billing_model": "FLAT_FEE", "amount": "62.00", "currency": "usd",
                    "billing_cadence": "RECURRING", "billing_period": "MONTHLY", "invoice_cadence": "ADVANCE",
                    "display_name": "Platform fee"},
                   {"type": "USAGE", "billing_model": "TIERED", "tier_mode": "SLAB", "currency": "usd",
                    "tiers": [{"up_to": 1000, "unit_amount": "0.01"}, {"unit_amount": "0.005"}],
                    "meter_id": "%s", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                    "invoice_cadence": "ARREAR", "display_name": "Tokens"}]}""".formatted(meterId)), 201)
                .get("id").asText();
        couponId = assertStatus(app.post("/v1/coupons", """
                {"name": "Launch", "type": "percentage", "percentage_off": "10", "cadence": "repeated",
                 "duration_in_periods": 3, "max_redemptions": 1}"""), 201).get("id").asText();
        assertStatus(app.post("/v1/taxes/rates", """
                {"name": "VAT", "code": "LOOP_VAT", "tax_rate_type": "percentage", "percentage_value": "19"}"""), 201);
        assertStatus(app.post("/v1/taxes/associations", """
                {"tax_rate_code": "LOOP_VAT", "entity_type": "customer", "entity_id": "%s", "priority": 1,
                 "auto_apply": true}""".formatted(customerId)), 200);
    }

    @AfterEach
    void stop() throws Exception {
        app.close();
    }

    @Test
    void aSubscriptionWithACouponIsInvoicedUsedPreviewedAndCancelledWithACreditForTheUnusedDays() {
        String id = assertStatus(subscribe(couponId), 201).get("id").asText();

        // the first invoice, March in advance: fee 62.00; 10% off 6.20; taxable 55.80; VAT 19% = 10.602 -> 10.60;
        // total 55.80 + 10.60 = 66.40; the first number of March 2026
        JsonNode first = invoice(id, "SUBSCRIPTION_CREATE");
        assertThat(first.get("invoice_status").asText()).isEqualTo("FINALIZED");
        assertThat(first.get("invoice_number").asText()).isEqualTo("INV-202603-00001");
        assertThat(first.get("period_start").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(first.get("period_end").asText()).isEqualTo("2026-04-01T00:00:00Z");
        assertThat(first.get("subtotal").asText()).isEqualTo("62");
        assertThat(first.get("total_discount").asText()).isEqualTo("6.2");
        assertThat(first.get("total_tax").asText()).isEqualTo("10.6");
        assertThat(first.get("total").asText()).isEqualTo("66.4");
        assertThat(first.get("amount_due").asText()).isEqualTo("66.4");
        assertThat(first.get("line_items")).hasSize(1);
        assertThat(first.get("line_items").get(0).get("display_name").asText()).isEqualTo("Platform fee");

        assertStatus(app.post("/v1/events/bulk", """
                {"events": [
                  {"event_id": "loop-1", "event_name": "llm_call", "external_customer_id": "loop-e2e",
                   "timestamp": "2026-03-05T10:00:00Z", "properties": {"tokens": 900}},
                  {"event_id": "loop-2", "event_name": "llm_call", "external_customer_id": "loop-e2e",
                   "timestamp": "2026-03-10T10:00:00Z", "properties": {"tokens": 600}}]}"""), 202);
        clock.moveTo(Instant.parse("2026-03-11T00:00:00Z"));

        // the preview of March so far: tokens 1500 = 1000 x 0.01 + 500 x 0.005 = 12.50, and April's fee 62.00 in
        // advance; subtotal 74.50; 10% off (period 1 of 3) 7.45; taxable 67.05; VAT 12.7395 -> 12.74; total 79.79
        JsonNode preview = assertStatus(app.post("/v1/invoices/preview", """
                {"subscription_id": "%s"}""".formatted(id)), 200);
        assertThat(preview.get("invoice_status").asText()).isEqualTo("DRAFT");
        assertThat(preview.get("billing_reason").asText()).isEqualTo("SUBSCRIPTION_CYCLE");
        assertThat(preview.get("subtotal").asText()).isEqualTo("74.5");
        assertThat(preview.get("total_discount").asText()).isEqualTo("7.45");
        assertThat(preview.get("total_tax").asText()).isEqualTo("12.74");
        assertThat(preview.get("total").asText()).isEqualTo("79.79");
        List<String> previewLines = new ArrayList<>();
        preview.get("line_items").forEach(line -> previewLines.add(line.get("display_name").asText() + " "
                + line.get("quantity").asText() + " " + line.get("amount").asText()));
        assertThat(previewLines).containsExactly("Tokens 1500 12.5", "Platform fee 1 62");
        assertThat(invoices(id)).as("a preview stores nothing").hasSize(1);

        JsonNode cancelled = assertStatus(app.post("/v1/subscriptions/" + id + "/cancel", """
                {"cancellation_type": "immediate"}"""), 200);
        assertThat(cancelled.get("status").asText()).isEqualTo("cancelled");

        // the last invoice, [March 1, March 11): tokens 12.50; 10% off 1.25; taxable 11.25; VAT 2.1375 -> 2.14;
        // total 13.39; no fee in advance (the subscription ends)
        JsonNode last = invoice(id, "SUBSCRIPTION_CYCLE");
        assertThat(last.get("invoice_status").asText()).isEqualTo("FINALIZED");
        assertThat(last.get("invoice_number").asText()).isEqualTo("INV-202603-00002");
        assertThat(last.get("period_start").asText()).isEqualTo("2026-03-01T00:00:00Z");
        assertThat(last.get("period_end").asText()).isEqualTo("2026-03-11T00:00:00Z");
        assertThat(last.get("line_items")).hasSize(1);
        assertThat(last.get("line_items").get(0).get("quantity").asText()).isEqualTo("1500");
        assertThat(last.get("total").asText()).isEqualTo("13.39");

        // unused: March 11..31 = 21 of 31 days of the fee, whose line came to 66.40 with coupon and VAT:
        // 66.40 x 21/31 = 44.98064... -> 44.98, an ADJUSTMENT of the unpaid first invoice: 66.40 - 44.98 = 21.42 due
        JsonNode notes = assertStatus(app.get("/v1/creditnotes?invoice_id=" + first.get("id").asText()), 200)
                .get("items");
        assertThat(notes).hasSize(1);
        assertThat(notes.get(0).get("credit_note_type").asText()).isEqualTo("ADJUSTMENT");
        assertThat(notes.get(0).get("credit_note_status").asText()).isEqualTo("FINALIZED");
        assertThat(notes.get(0).get("credit_note_number").asText()).isEqualTo("CN-202603-00001");
        assertThat(notes.get(0).get("total_amount").asText()).isEqualTo("44.98");
        assertThat(assertStatus(app.get("/v1/invoices/" + first.get("id").asText()), 200).get("amount_due").asText())
                .isEqualTo("21.42");
        assertThat(invoices(id)).hasSize(2);
    }

    @Test
    void aRefusedCouponRefusesTheSubscriptionAndCreatesNothing() {
        assertThat(subscribe("coupon_nope").status()).isEqualTo(400);
        assertStatus(subscribe(couponId), 201);

        Response limitReached = subscribe(couponId); // max_redemptions 1: taken by the subscription above
        assertThat(limitReached.status()).as(limitReached.toString()).isEqualTo(409);
        assertThat(limitReached.body().get("error").get("code").asText())
                .isEqualTo("coupon.redemption_limit_reached");
        assertThat(assertStatus(app.get("/v1/subscriptions"), 200).get("items")).hasSize(1);
        assertThat(assertStatus(app.get("/v1/invoices"), 200).get("items")).hasSize(1);
    }

    private Response subscribe(String coupon) {
        return app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "billing_cycle": "anniversary", "start_date": "2026-03-01T00:00:00Z",
                 "coupons": ["%s"]}""".formatted(customerId, planId, coupon));
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

    /** A clock the test moves forward; the application reads it for every request. */
    static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant start) {
            this.now = start;
        }

        void moveTo(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
