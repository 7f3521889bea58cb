package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Wallets wired to invoices, payments and subscriptions over HTTP: a purchased top-up is a finalized invoice whose
 * payment makes the credits usable; CREDITS payments and payment attempts debit the wallet and a payment larger than
 * the balance is refused; the real-time balance is the balance less the current period's unbilled usage.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletInvoicingEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");

    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private String aCustomer(String externalId) {
        return assertStatus(app.post("/v1/customers", """
                {"external_id": "%s", "name": "Acme"}""".formatted(externalId)), 201).get("id").asText();
    }

    private String aWallet(String customerId, String freeCredits) {
        return assertStatus(app.post("/v1/wallets", """
                {"customer_id": "%s", "currency": "usd", "initial_credits_to_load": "%s"}"""
                .formatted(customerId, freeCredits)), 200).get("id").asText();
    }

    private String anInvoice(String customerId, String amount) {
        return assertStatus(app.post("/v1/invoices", """
                {"customer_id": "%s", "currency": "usd", "amount_due": "0", "subtotal": "0", "total": "0",
                 "line_items": [{"amount": "%s", "quantity": "1", "display_name": "Service", "price_type": "FIXED"}]}"""
                .formatted(customerId, amount)), 201).get("id").asText();
    }

    private String creditBalance(String walletId) {
        return assertStatus(app.get("/v1/wallets/" + walletId), 200).get("credit_balance").asText();
    }

    @Test
    void aPurchasedTopUpIsInvoicedAndItsCreditsAreUsableOncePaid() {
        String customerId = aCustomer("glue-topup");
        String walletId = aWallet(customerId, "50");

        JsonNode bought = assertStatus(app.post("/v1/wallets/" + walletId + "/top-up", """
                {"credits_to_add": "30", "transaction_reason": "PURCHASED_CREDIT_INVOICED"}"""), 200);
        String invoiceId = bought.get("invoice_id").asText();
        assertThat(bought.at("/wallet_transaction/transaction_status").asText()).isEqualTo("pending");
        assertThat(bought.at("/wallet/credit_balance").asText()).isEqualTo("50");

        JsonNode invoice = assertStatus(app.get("/v1/invoices/" + invoiceId), 200);
        assertThat(invoice.get("invoice_status").asText()).isEqualTo("FINALIZED");
        assertThat(invoice.get("invoice_type").asText()).isEqualTo("ONE_OFF");
        assertThat(invoice.get("payment_status").asText()).isEqualTo("PENDING");
        assertThat(invoice.get("amount_due").asText()).isEqualTo("30"); // 30 credits at 1 USD
        assertThat(invoice.at("/line_items/0/display_name").asText()).isEqualTo("Purchased credits");

        assertStatus(app.post("/v1/payments", """
                {"amount": "30", "currency": "usd", "destination_id": "%s", "destination_type": "INVOICE",
                 "payment_method_type": "OFFLINE"}""".formatted(invoiceId)), 201);

        assertThat(creditBalance(walletId)).isEqualTo("80"); // 50 + 30
        JsonNode entry = assertStatus(app.get("/v1/wallets/" + walletId
                + "/transactions?transaction_reason=PURCHASED_CREDIT_INVOICED"), 200).at("/items/0");
        assertThat(entry.get("transaction_status").asText()).isEqualTo("completed");
        assertThat(entry.get("credit_balance_before").asText()).isEqualTo("50");
        assertThat(entry.get("credit_balance_after").asText()).isEqualTo("80");

        // a voided top-up invoice fails its top-up: nothing is added
        String voided = assertStatus(app.post("/v1/wallets/" + walletId + "/top-up", """
                {"credits_to_add": "5", "transaction_reason": "PURCHASED_CREDIT_INVOICED"}"""), 200)
                .get("invoice_id").asText();
        assertStatus(app.post("/v1/invoices/" + voided + "/void", null), 200);
        assertThat(creditBalance(walletId)).isEqualTo("80");
    }

    @Test
    void creditsPaymentsDebitTheWalletAndAreRefusedBeyondItsBalance() {
        String customerId = aCustomer("glue-pay");
        String walletId = aWallet(customerId, "50");
        String invoiceId = anInvoice(customerId, "70.00");

        Response tooMuch = app.post("/v1/payments", """
                {"amount": "70", "currency": "usd", "destination_id": "%s", "destination_type": "INVOICE",
                 "payment_method_type": "CREDITS", "payment_method_id": "%s"}""".formatted(invoiceId, walletId));
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
        assertThat(tooMuch.body().at("/error/code").asText()).isEqualTo("wallet.insufficient_balance");
        assertThat(creditBalance(walletId)).isEqualTo("50");
        assertThat(assertStatus(app.get("/v1/invoices/" + invoiceId), 200).get("amount_paid").asText())
                .isEqualTo("0");

        JsonNode payment = assertStatus(app.post("/v1/payments", """
                {"amount": "20", "currency": "usd", "destination_id": "%s", "destination_type": "INVOICE",
                 "payment_method_type": "CREDITS", "payment_method_id": "%s"}""".formatted(invoiceId, walletId)), 201);
        assertThat(payment.get("payment_status").asText()).isEqualTo("SUCCEEDED");
        assertThat(creditBalance(walletId)).isEqualTo("30"); // 50 - 20

        // the attempt pays what the wallet holds: 30 of the 50 remaining (70 - 20)
        assertStatus(app.post("/v1/invoices/" + invoiceId + "/payment/attempt", null), 200);
        assertThat(creditBalance(walletId)).isEqualTo("0");
        JsonNode invoice = assertStatus(app.get("/v1/invoices/" + invoiceId), 200);
        assertThat(invoice.get("amount_paid").asText()).isEqualTo("50"); // 20 + 30
        assertThat(invoice.get("amount_remaining").asText()).isEqualTo("20"); // 70 - 50
        JsonNode debit = assertStatus(app.get("/v1/wallets/" + walletId
                + "/transactions?transaction_reason=INVOICE_PAYMENT&order=asc"), 200).at("/items/1");
        assertThat(debit.get("credit_balance_before").asText()).isEqualTo("30");
        assertThat(debit.get("credit_balance_after").asText()).isEqualTo("0");
        assertThat(debit.get("reference_id").asText()).isEqualTo(invoiceId);
    }

    @Test
    void theRealTimeBalanceIsTheBalanceLessTheUnbilledUsageOfTheCurrentPeriod() {
        String customerId = aCustomer("glue-usage");
        String walletId = aWallet(customerId, "50");
        String meterId = assertStatus(app.post("/v1/features", """
                {"name": "Calls", "type": "metered", "lookup_key": "glue_calls",
                 "meter": {"event_name": "glue_call", "aggregation": {"type": "SUM", "field": "calls"},
                           "reset_usage": "BILLING_PERIOD"}}"""), 201).get("meter_id").asText();
        String planId = assertStatus(app.post("/v1/plans", """
                {"name": "Metered", "prices": [
                   {"type": "USAGE", "billing_model": "FLAT_FEE", "amount": "0.10", "currency": "usd",
                    "meter_id": "%s", "billing_cadence": "RECURRING", "billing_period": "MONTHLY",
                    "invoice_cadence": "ARREAR", "display_name": "Calls"}]}""".formatted(meterId)), 201)
                .get("id").asText();
        assertStatus(app.post("/v1/subscriptions", """
                {"customer_id": "%s", "plan_id": "%s", "currency": "usd", "billing_cadence": "RECURRING",
                 "billing_period": "MONTHLY", "billing_cycle": "anniversary", "start_date": "2026-04-01T00:00:00Z"}"""
                .formatted(customerId, planId)), 201);
        assertStatus(app.post("/v1/events/bulk", """
                {"events": [
                  {"event_id": "glue-ev1", "event_name": "glue_call", "external_customer_id": "glue-usage",
                   "timestamp": "2026-04-05T10:00:00Z", "properties": {"calls": 120}},
                  {"event_id": "glue-ev2", "event_name": "glue_call", "external_customer_id": "glue-usage",
                   "timestamp": "2026-04-10T10:00:00Z", "properties": {"calls": 30}}]}"""), 202);

        JsonNode balance = assertStatus(app.get("/v1/wallets/" + walletId + "/balance/real-time"), 200);
        // 120 + 30 = 150 calls at 0.10 = 15.00 unbilled; 50 - 15 = 35
        assertThat(balance.get("current_period_usage").asText()).isEqualTo("15");
        assertThat(balance.get("real_time_balance").asText()).isEqualTo("35");
        assertThat(balance.get("balance").asText()).isEqualTo("50");
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
