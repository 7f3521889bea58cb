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
 * Drives invoices, payments and credit notes over HTTP as a FlexPrice client would: a one-off invoice drafted,
 * finalized with its number, paid in two parts (one refused for exceeding what remains), partly refunded by a credit
 * note, another voided, an adjustment finalized and voided, and the 4xx answers of the lifecycle's refusals.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class InvoicesEndToEndIT {

    private static final String NUMBER = "INV-\\d{6}-\\d{5}";

    private RunningApplication app;
    private String customerId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
        customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "invoices-e2e", "name": "Acme Inc"}"""), 201).get("id").asText();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private String invoice(String status, String... amounts) {
        StringBuilder lines = new StringBuilder();
        for (int i = 0; i < amounts.length; i++) {
            lines.append(i == 0 ? "" : ",").append("""
                    {"amount": "%s", "quantity": "1", "display_name": "Line %d", "price_type": "FIXED"}"""
                    .formatted(amounts[i], i));
        }
        return """
                {"customer_id": "%s", "currency": "usd", "amount_due": "0", "subtotal": "0", "total": "0",
                 "invoice_status": "%s", "line_items": [%s], "metadata": {"po": "42"}}"""
                .formatted(customerId, status, lines);
    }

    @Test
    void aOneOffInvoiceIsFinalizedPaidInPartsAndPartlyRefunded() {
        // 10.005 rounds half up to 10.01; 10.01 + 5.50 = 15.51
        JsonNode draft = assertStatus(app.post("/v1/invoices", invoice("DRAFT", "10.005", "5.50")), 201);
        String id = draft.get("id").asText();
        assertThat(draft.get("invoice_status").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("invoice_type").asText()).isEqualTo("ONE_OFF");
        assertThat(draft.has("invoice_number")).isFalse();
        assertThat(draft.get("total").asText()).isEqualTo("15.51");
        assertThat(draft.get("currency").asText()).isEqualTo("usd");
        assertThat(draft.get("line_items").get(0).get("amount").asText()).isEqualTo("10.01");

        assertThat(assertStatus(app.post("/v1/invoices/" + id + "/finalize", null), 200).get("message").asText())
                .isEqualTo("invoice finalized successfully");
        JsonNode finalized = assertStatus(app.get("/v1/invoices/" + id), 200);
        assertThat(finalized.get("invoice_status").asText()).isEqualTo("FINALIZED");
        assertThat(finalized.get("invoice_number").asText()).matches(NUMBER);
        assertThat(finalized.get("payment_status").asText()).isEqualTo("PENDING");
        assertThat(finalized.has("due_date")).isTrue();
        assertCode(app.post("/v1/invoices/" + id + "/finalize", null), 409, "invoice.not_draft");

        JsonNode payment = assertStatus(app.post("/v1/payments", """
                {"amount": "5.51", "currency": "USD", "destination_id": "%s", "destination_type": "INVOICE",
                 "payment_method_type": "OFFLINE"}""".formatted(id)), 201);
        assertThat(payment.get("payment_status").asText()).isEqualTo("SUCCEEDED");
        assertThat(payment.get("amount").asText()).isEqualTo("5.51");
        JsonNode part = assertStatus(app.get("/v1/invoices/" + id), 200);
        // 15.51 - 5.51 = 10
        assertThat(part.get("amount_paid").asText()).isEqualTo("5.51");
        assertThat(part.get("amount_remaining").asText()).isEqualTo("10");
        assertThat(part.get("payment_status").asText()).isEqualTo("PENDING");

        Response tooMuch = app.post("/v1/payments", """
                {"amount": "10.01", "currency": "usd", "destination_id": "%s", "destination_type": "INVOICE",
                 "payment_method_type": "CREDITS"}""".formatted(id));
        assertCode(tooMuch, 400, "payment.exceeds_amount_remaining");
        assertThat(fields(tooMuch)).containsExactly("amount");
        assertCode(app.post("/v1/payments", """
                {"amount": "1", "currency": "usd", "destination_id": "%s", "destination_type": "INVOICE",
                 "payment_method_type": "CARD"}""".formatted(id)), 400, "payment.method_not_supported");

        JsonNode paid = assertStatus(app.put("/v1/invoices/" + id + "/payment", """
                {"payment_status": "SUCCEEDED"}"""), 200);
        assertThat(paid.get("payment_status").asText()).isEqualTo("SUCCEEDED");
        assertThat(paid.get("amount_paid").asText()).isEqualTo("15.51");
        assertThat(paid.get("amount_remaining").asText()).isEqualTo("0");
        assertThat(assertStatus(app.get("/v1/payments?destination_id=" + id), 200).get("pagination").get("total")
                .asLong()).isEqualTo(2);

        String firstLine = paid.get("line_items").get(0).get("id").asText();
        String secondLine = paid.get("line_items").get(1).get("id").asText();
        JsonNode refund = assertStatus(app.post("/v1/creditnotes", """
                {"invoice_id": "%s", "reason": "SERVICE_ISSUE", "process_credit_note": true,
                 "line_items": [{"invoice_line_item_id": "%s", "amount": "5.00"}]}""".formatted(id, firstLine)), 201);
        assertThat(refund.get("credit_note_type").asText()).isEqualTo("REFUND");
        assertThat(refund.get("credit_note_status").asText()).isEqualTo("FINALIZED");
        assertThat(refund.get("credit_note_number").asText()).matches("CN-\\d{6}-00001");
        assertThat(refund.get("total_amount").asText()).isEqualTo("5");
        JsonNode refunded = assertStatus(app.get("/v1/invoices/" + id), 200);
        assertThat(refunded.get("refunded_amount").asText()).isEqualTo("5");
        assertThat(refunded.get("payment_status").asText()).isEqualTo("PARTIALLY_REFUNDED");

        // the second line comes to 5.50
        Response beyondTheLine = app.post("/v1/creditnotes", """
                {"invoice_id": "%s", "reason": "DUPLICATE",
                 "line_items": [{"invoice_line_item_id": "%s", "amount": "5.51"}]}""".formatted(id, secondLine));
        assertCode(beyondTheLine, 400, "credit_note.exceeds_creditable");
        assertThat(fields(beyondTheLine)).containsExactly("line_items[0].amount");
        assertCode(app.post("/v1/creditnotes/" + refund.get("id").asText() + "/void", null), 409,
                "credit_note.not_voidable");
        assertCode(app.post("/v1/invoices/" + id + "/void", null), 409, "invoice.has_credit_notes");
    }

    @Test
    void anUnpaidInvoiceIsVoidedAndAnAdjustmentComesAndGoes() {
        JsonNode invoice = assertStatus(app.post("/v1/invoices", invoice("FINALIZED", "100.00")), 201);
        String id = invoice.get("id").asText();
        assertThat(invoice.get("invoice_number").asText()).matches(NUMBER);
        String line = invoice.get("line_items").get(0).get("id").asText();

        JsonNode adjustment = assertStatus(app.post("/v1/creditnotes", """
                {"invoice_id": "%s", "reason": "BILLING_ERROR",
                 "line_items": [{"invoice_line_item_id": "%s", "amount": "30"}]}""".formatted(id, line)), 201);
        assertThat(adjustment.get("credit_note_type").asText()).isEqualTo("ADJUSTMENT");
        assertThat(adjustment.get("credit_note_status").asText()).isEqualTo("DRAFT");
        String noteId = adjustment.get("id").asText();
        assertThat(assertStatus(app.post("/v1/creditnotes/" + noteId + "/finalize", null), 200)
                .get("credit_note_status").asText()).isEqualTo("FINALIZED");
        // 100 - 30 = 70 due
        assertThat(assertStatus(app.get("/v1/invoices/" + id), 200).get("amount_due").asText()).isEqualTo("70");
        assertThat(assertStatus(app.post("/v1/creditnotes/" + noteId + "/void", null), 200)
                .get("credit_note_status").asText()).isEqualTo("VOIDED");
        assertThat(assertStatus(app.get("/v1/invoices/" + id), 200).get("amount_due").asText()).isEqualTo("100");

        assertThat(assertStatus(app.post("/v1/invoices/" + id + "/void", """
                {"metadata": {"reason": "sent twice"}}"""), 200).get("message").asText())
                .isEqualTo("invoice voided successfully");
        JsonNode voided = assertStatus(app.get("/v1/invoices/" + id), 200);
        assertThat(voided.get("invoice_status").asText()).isEqualTo("VOIDED");
        assertThat(voided.get("metadata").get("reason").asText()).isEqualTo("sent twice");
        assertCode(app.post("/v1/invoices/" + id + "/void", null), 409, "invoice.not_voidable");
        assertCode(app.put("/v1/invoices/" + id + "/payment", """
                {"payment_status": "SUCCEEDED"}"""), 409, "invoice.not_finalized");
    }

    @Test
    void listsSearchesAndTheCustomerSummaryAgree() {
        String customer = assertStatus(app.post("/v1/customers", """
                {"external_id": "invoices-e2e-summary", "name": "Summary Ltd"}"""), 201).get("id").asText();
        String body = invoice("FINALIZED", "40.00").replace(customerId, customer);
        String first = assertStatus(app.post("/v1/invoices", body), 201).get("id").asText();
        assertStatus(app.post("/v1/invoices", body.replace("\"FINALIZED\"", "\"DRAFT\"")), 201);
        assertStatus(app.put("/v1/invoices/" + first + "/payment", """
                {"payment_status": "PENDING", "amount": "15"}"""), 200);

        JsonNode found = assertStatus(app.post("/v1/invoices/search", """
                {"customer_id": "%s", "invoice_status": ["FINALIZED"]}""".formatted(customer)), 200);
        assertThat(found.get("items")).hasSize(1);
        assertThat(found.get("items").get(0).get("amount_remaining").asText()).isEqualTo("25");
        assertThat(assertStatus(app.get("/v1/invoices?customer_id=" + customer + "&limit=1"), 200)
                .get("pagination").get("total").asLong()).isEqualTo(2);

        JsonNode summary = assertStatus(app.get("/v1/customers/" + customer + "/invoices/summary"), 200);
        assertThat(summary.get("default_currency").asText()).isEqualTo("usd");
        JsonNode usd = summary.get("summaries").get(0);
        // two invoices of 40: revenue 80; unpaid 25 + 40 = 65
        assertThat(usd.get("total_revenue_amount").asText()).isEqualTo("80");
        assertThat(usd.get("total_unpaid_amount").asText()).isEqualTo("65");
        assertThat(usd.get("total_invoice_count").asLong()).isEqualTo(2);
        assertThat(assertStatus(app.get("/v1/customers/cust_nobody/invoices/summary"), 404)).isNotNull();
    }

    @Test
    void badRequestsAreRefusedNamingEveryFieldAndChangeNothing() {
        String customerId = assertStatus(app.post("/v1/customers", """
                {"external_id": "invoices-e2e-refused", "name": "Refused"}"""), 201).get("id").asText();
        Response refused = app.post("/v1/invoices", """
                {"customer_id": "%s", "currency": "usd", "invoice_status": "PAID",
                 "line_items": [{"amount": "abc", "quantity": "1"}, {"amount": "-1", "quantity": "-1"}]}"""
                .formatted(customerId));
        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        assertThat(fields(refused)).containsExactly("invoice_status", "line_items[0].amount");
        Response invalid = app.post("/v1/invoices", """
                {"customer_id": "%s", "currency": "usd",
                 "line_items": [{"amount": "-1", "quantity": "-1"}]}""".formatted(customerId));
        assertThat(fields(invalid)).containsExactly("line_items[0].amount", "line_items[0].quantity");
        assertCode(app.post("/v1/invoices", """
                {"customer_id": "cust_nobody", "currency": "usd", "line_items": [{"amount": "1", "quantity": "1"}]}"""),
                404, "customer.not_found");
        assertCode(app.post("/v1/invoices", """
                {"customer_id": "%s", "currency": "usd", "coupons": ["coupon_1"],
                 "line_items": [{"amount": "1", "quantity": "1"}]}""".formatted(customerId)), 400,
                "request.invalid");
        assertCode(app.post("/v1/invoices/preview", """
                {"subscription_id": "sub_1"}"""), 404, "subscription.not_found");
        assertCode(app.get("/v1/invoices/inv_nope"), 404, "invoice.not_found");
        assertCode(app.get("/v1/invoices/inv_nope/pdf"), 501, "request.not_implemented");
        assertThat(assertStatus(app.post("/v1/invoices/search", """
                {"customer_id": "%s", "invoice_status": ["DRAFT", "FINALIZED", "VOIDED", "SKIPPED"]}"""
                .formatted(customerId)), 200).get("pagination").get("total").asLong()).isZero();
    }

    private static void assertCode(Response response, int status, String code) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        assertThat(response.body().get("error").get("code").asText()).as(response.toString()).isEqualTo(code);
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
