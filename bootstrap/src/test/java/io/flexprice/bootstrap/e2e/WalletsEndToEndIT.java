package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.flexprice.bootstrap.e2e.RunningApplication.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Drives wallets over HTTP as a FlexPrice client would: a prepaid wallet with free initial credits at a conversion
 * rate of 2, an idempotent top-up with priority, a purchased top-up left pending until its invoice is paid, debits
 * consuming by priority and topping the wallet up below its threshold, the ledger with balances before and after,
 * termination, and 8 concurrent debits that never overdraw.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class WalletsEndToEndIT {

    private RunningApplication app;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private String aCustomer(String externalId) {
        return assertStatus(app.post("/v1/customers", """
                {"external_id": "%s", "name": "Acme"}""".formatted(externalId)), 201).get("id").asText();
    }

    @Test
    void aPrepaidWalletIsToppedUpDebitedInOrderRefilledAndTerminated() {
        String customerId = aCustomer("wallet-e2e");
        JsonNode wallet = assertStatus(app.post("/v1/wallets", """
                {"customer_id": "%s", "currency": "usd", "conversion_rate": "2", "initial_credits_to_load": "50",
                 "initial_credits_to_load_expiry_date": 20991231,
                 "auto_topup": {"enabled": true, "threshold": 10, "amount": 40, "invoicing": false,
                                "cooldown_seconds": 3600}}""".formatted(customerId)), 200);
        String walletId = wallet.get("id").asText();
        assertThat(walletId).startsWith("wallet_");
        assertThat(wallet.get("credit_balance").asText()).isEqualTo("50");
        assertThat(wallet.get("balance").asText()).isEqualTo("100"); // 50 credits x 2 USD
        assertThat(wallet.get("wallet_type").asText()).isEqualTo("PRE_PAID");
        assertThat(wallet.get("wallet_status").asText()).isEqualTo("active");

        JsonNode listed = assertStatus(app.get("/v1/customers/" + customerId + "/wallets"), 200);
        assertThat(listed).hasSize(1);
        JsonNode withBalance = assertStatus(app.get(
                "/v1/customers/wallets?lookup_key=wallet-e2e&include_real_time_balance=true"), 200);
        assertThat(withBalance.get(0).get("real_time_balance").asText()).isEqualTo("100");
        Response second = app.post("/v1/wallets", """
                {"external_customer_id": "wallet-e2e", "currency": "USD"}""");
        assertThat(second.status()).as(second.toString()).isEqualTo(409);
        assertThat(second.body().at("/error/code").asText()).isEqualTo("wallet.already_active");

        String topUp = """
                {"credits_to_add": "25", "transaction_reason": "FREE_CREDIT_GRANT", "priority": 1,
                 "idempotency_key": "e2e-grant-1"}""";
        JsonNode granted = assertStatus(app.post("/v1/wallets/" + walletId + "/top-up", topUp), 200);
        assertThat(granted.at("/wallet/credit_balance").asText()).isEqualTo("75"); // 50 + 25
        assertThat(granted.at("/wallet_transaction/credit_balance_before").asText()).isEqualTo("50");
        assertThat(granted.at("/wallet_transaction/credit_balance_after").asText()).isEqualTo("75");
        JsonNode retried = assertStatus(app.post("/v1/wallets/" + walletId + "/top-up", topUp), 200);
        assertThat(retried.at("/wallet_transaction/id")).isEqualTo(granted.at("/wallet_transaction/id"));
        assertThat(retried.at("/wallet/credit_balance").asText()).isEqualTo("75");
        Response reused = app.post("/v1/wallets/" + walletId + "/top-up", """
                {"credits_to_add": "26", "transaction_reason": "FREE_CREDIT_GRANT", "idempotency_key": "e2e-grant-1"}""");
        assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
        assertThat(reused.body().at("/error/code").asText()).isEqualTo("wallet.idempotency_key_reused");

        JsonNode bought = assertStatus(app.post("/v1/wallets/" + walletId + "/top-up", """
                {"amount": "20", "transaction_reason": "PURCHASED_CREDIT_INVOICED"}"""), 200);
        assertThat(bought.at("/wallet_transaction/transaction_status").asText()).isEqualTo("pending");
        assertThat(bought.at("/wallet_transaction/credit_amount").asText()).isEqualTo("10"); // 20 USD at 2 a credit
        assertThat(bought.get("invoice_id").asText()).as("invoiced, not paid yet").startsWith("inv_");
        assertThat(bought.at("/wallet/credit_balance").asText()).isEqualTo("75");

        // 90 USD = 45 credits: the 25 of priority 1 first, then 20 of the initial 50
        JsonNode debit = assertStatus(app.post("/v1/wallets/" + walletId + "/debit", """
                {"amount": "90"}"""), 200);
        assertThat(debit.get("credit_amount").asText()).isEqualTo("45");
        assertThat(debit.get("credit_balance_after").asText()).isEqualTo("30");
        assertThat(debit.at("/consumptions/0/credit_transaction_id")).isEqualTo(granted.at("/wallet_transaction/id"));
        assertThat(debit.at("/consumptions/0/credits").asText()).isEqualTo("25");
        assertThat(debit.at("/consumptions/1/credits").asText()).isEqualTo("20");

        // 45 USD = 22.5 credits leaves 7.5, below the threshold of 10: 40 credits are added
        assertStatus(app.post("/v1/wallets/" + walletId + "/debit", """
                {"amount": "45", "transaction_reason": "INVOICE_PAYMENT", "reference_type": "INVOICE",
                 "reference_id": "inv_e2e"}"""), 200);
        assertThat(assertStatus(app.get("/v1/wallets/" + walletId), 200).get("credit_balance").asText())
                .isEqualTo("47.5"); // 7.5 + 40
        Response tooMuch = app.post("/v1/wallets/" + walletId + "/debit", """
                {"amount": "95.02"}"""); // 47.51 credits
        assertThat(tooMuch.status()).as(tooMuch.toString()).isEqualTo(409);
        assertThat(tooMuch.body().at("/error/code").asText()).isEqualTo("wallet.insufficient_balance");

        JsonNode ledger = assertStatus(app.get("/v1/wallets/" + walletId + "/transactions?order=asc"), 200);
        List<String> reasons = new ArrayList<>();
        ledger.get("items").forEach(t -> reasons.add(t.get("transaction_reason").asText()));
        assertThat(reasons).containsExactlyInAnyOrder("FREE_CREDIT_GRANT", "FREE_CREDIT_GRANT",
                "PURCHASED_CREDIT_INVOICED", "MANUAL_BALANCE_DEBIT", "INVOICE_PAYMENT", "PURCHASED_CREDIT_DIRECT");
        JsonNode debits = assertStatus(app.get("/v1/wallets/" + walletId + "/transactions?type=debit"), 200);
        assertThat(debits.at("/pagination/total").asLong()).isEqualTo(2);
        JsonNode balance = assertStatus(app.get("/v1/wallets/" + walletId + "/balance/real-time"), 200);
        assertThat(balance.get("real_time_balance").asText()).isEqualTo("95"); // 47.5 x 2, no unbilled usage
        assertThat(balance.get("current_period_usage").asText()).isEqualTo("0");

        JsonNode closed = assertStatus(app.post("/v1/wallets/" + walletId + "/terminate", null), 200);
        assertThat(closed.get("wallet_status").asText()).isEqualTo("closed");
        assertThat(closed.get("credit_balance").asText()).isEqualTo("0");
        JsonNode termination = assertStatus(app.get("/v1/wallets/" + walletId
                + "/transactions?transaction_reason=WALLET_TERMINATION"), 200).get("items").get(0);
        assertThat(termination.get("credit_amount").asText()).isEqualTo("47.5");
        assertThat(app.post("/v1/wallets/" + walletId + "/terminate", null).status()).isEqualTo(409);
        assertThat(app.post("/v1/wallets/" + walletId + "/top-up", """
                {"credits_to_add": "1", "transaction_reason": "FREE_CREDIT_GRANT"}""").status()).isEqualTo(409);
        assertThat(app.get("/v1/wallets/wallet_missing").status()).isEqualTo(404);
    }

    @Test
    void eightConcurrentDebitsTakeExactlyWhatTheBalanceAllows() throws Exception {
        String customerId = aCustomer("wallet-e2e-concurrent");
        String walletId = assertStatus(app.post("/v1/wallets", """
                {"customer_id": "%s", "currency": "eur", "initial_credits_to_load": "5"}""".formatted(customerId)),
                200).get("id").asText();

        ExecutorService pool = Executors.newFixedThreadPool(8);
        List<Integer> statuses = new ArrayList<>();
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Integer>> results = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return app.post("/v1/wallets/" + walletId + "/debit", "{\"amount\": \"1\"}").status();
                }));
            }
            start.countDown();
            for (Future<Integer> result : results) {
                statuses.add(result.get());
            }
        } finally {
            pool.shutdownNow();
        }

        // 5 credits at 1 EUR: five debits of 1 EUR are made, three refused
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(5);
        assertThat(statuses).filteredOn(s -> s == 409).hasSize(3);
        assertThat(assertStatus(app.get("/v1/wallets/" + walletId), 200).get("credit_balance").asText())
                .isEqualTo("0");
    }

    @Test
    void aBadWalletIsRefusedNamingEveryInvalidField() {
        Response refused = app.post("/v1/wallets", """
                {"customer_id": "cust_x", "currency": "dollars", "conversion_rate": "-1",
                 "initial_credits_expiry_date_utc": "tomorrow"}""");

        assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
        List<String> fields = new ArrayList<>();
        refused.body().at("/error/details").forEach(d -> fields.add(d.get("field").asText()));
        assertThat(fields).containsExactlyInAnyOrder("currency", "conversion_rate", "initial_credits_expiry_date_utc");
    }

    private static JsonNode assertStatus(Response response, int status) {
        assertThat(response.status()).as(response.toString()).isEqualTo(status);
        return response.body();
    }
}
