package io.flexprice.adapters.http.wallet;

import static io.flexprice.adapters.http.support.TestApi.authorized;
import static io.flexprice.adapters.http.support.TestApi.json;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.dropwizard.testing.junit5.DropwizardExtensionsSupport;
import io.dropwizard.testing.junit5.ResourceExtension;
import io.flexprice.adapters.http.customer.CustomersResource;
import io.flexprice.adapters.http.support.FakeCustomers;
import io.flexprice.adapters.http.support.FakeWallets;
import io.flexprice.adapters.http.support.TestApi;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletType;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(DropwizardExtensionsSupport.class)
class WalletsResourceTest {

    private static final FakeWallets WALLETS = new FakeWallets();
    private static final FakeCustomers CUSTOMERS = new FakeCustomers();

    static final ResourceExtension API = TestApi.extension(new WalletsResource(WALLETS, WALLETS, WALLETS, WALLETS),
            new CustomerWalletsResource(WALLETS), new CustomerWalletsLookupResource(WALLETS),
            new CustomersResource(CUSTOMERS, CUSTOMERS));

    @BeforeEach
    void reset() {
        WALLETS.reset();
        CUSTOMERS.reset();
    }

    private static List<String> fieldsRejected(Response response) {
        assertThat(response.getStatus()).isEqualTo(400);
        return json(response).at("/error/details").findValuesAsText("field");
    }

    @Test
    void createMapsFlexPricesRequestAndAnswers200WithDecimalStrings() {
        Response response = authorized(API, "/v1/wallets").post(Entity.json("""
                {"external_customer_id": "acme", "currency": "USD", "wallet_type": "PRE_PAID",
                 "conversion_rate": "2", "topup_conversion_rate": 1.5, "initial_credits_to_load": "100.5",
                 "initial_credits_to_load_expiry_date": 20250101, "metadata": {"team": "core"},
                 "auto_topup": {"enabled": true, "threshold": 5, "amount": "20.5", "invoicing": false,
                                "cooldown_seconds": 600},
                 "config": {"allowed_price_types": ["USAGE"]},
                 "alert_settings": {"alert_enabled": true}}"""));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastCreate.customer().externalId()).isEqualTo("acme");
        assertThat(WALLETS.lastCreate.currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(WALLETS.lastCreate.type()).isEqualTo(WalletType.PRE_PAID);
        assertThat(WALLETS.lastCreate.conversionRate().value()).isEqualByComparingTo("2");
        assertThat(WALLETS.lastCreate.topupConversionRate().value()).isEqualByComparingTo("1.5");
        assertThat(WALLETS.lastCreate.initialCredits()).isEqualTo(Credits.of("100.5"));
        assertThat(WALLETS.lastCreate.initialCreditsExpiry()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(WALLETS.lastCreate.autoTopUp().cooldown()).isEqualTo(Duration.ofMinutes(10));
        assertThat(WALLETS.lastCreate.autoTopUp().amount()).isEqualTo(Credits.of("20.5"));
        assertThat(WALLETS.lastCreate.config().allows(PriceType.FIXED)).isFalse();

        JsonNode body = json(response);
        assertThat(body.get("id").asText()).isEqualTo("wallet_new");
        assertThat(body.get("customer_id").asText()).isEqualTo("cust_1");
        assertThat(body.get("currency").asText()).isEqualTo("usd");
        assertThat(body.get("balance").asText()).isEqualTo("25"); // 12.5 credits x 2
        assertThat(body.get("credit_balance").asText()).isEqualTo("12.5");
        assertThat(body.get("conversion_rate").asText()).isEqualTo("2");
        assertThat(body.get("topup_conversion_rate").asText()).isEqualTo("1.5");
        assertThat(body.get("wallet_status").asText()).isEqualTo("active");
        assertThat(body.get("wallet_type").asText()).isEqualTo("PRE_PAID");
        assertThat(body.at("/config/allowed_price_types/0").asText()).isEqualTo("ALL");
        assertThat(body.at("/auto_topup/enabled").asBoolean()).isTrue();
        assertThat(body.at("/auto_topup/threshold").decimalValue()).isEqualByComparingTo("5");
        assertThat(body.at("/auto_topup/amount").decimalValue()).isEqualByComparingTo("20.5");
        assertThat(body.at("/auto_topup/cooldown_seconds").asLong()).isEqualTo(600);
        assertThat(body.get("status").asText()).isEqualTo("published");
        assertThat(body.get("created_at").asText()).isEqualTo("2024-05-01T12:00:00Z");
        assertThat(body.has("description")).isFalse();
    }

    @Test
    void aBadCreateNamesEveryInvalidFieldAndNothingIsCreated() {
        Response response = authorized(API, "/v1/wallets").post(Entity.json("""
                {"currency": "XXX", "wallet_type": "PROMOTIONAL", "conversion_rate": "0",
                 "initial_credits_to_load": "abc", "initial_credits_to_load_expiry_date": 20251399,
                 "auto_topup": {"enabled": true, "amount": -5},
                 "config": {"allowed_price_types": ["USAGE", "SEATS"]}, "price_unit": "tokens"}"""));

        assertThat(fieldsRejected(response)).containsExactlyInAnyOrder("customer_id", "currency", "wallet_type",
                "conversion_rate", "initial_credits_to_load", "initial_credits_to_load_expiry_date",
                "auto_topup.threshold", "auto_topup.amount", "config.allowed_price_types[1]", "price_unit");
        assertThat(WALLETS.lastCreate).isNull();
    }

    @Test
    void aTopUpAnswersWithTheWalletItsEntryAndTheInvoice() {
        Response response = authorized(API, "/v1/wallets/wallet_1/top-up").post(Entity.json("""
                {"credits_to_add": "10", "amount": "999", "transaction_reason": "PURCHASED_CREDIT_INVOICED",
                 "expiry_date_utc": "2024-06-01T00:00:00Z", "priority": 1, "idempotency_key": "key_1"}"""));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastTopUp.credits()).isEqualTo(Credits.of("10"));
        assertThat(WALLETS.lastTopUp.amount()).as("credits win over an amount").isNull();
        assertThat(WALLETS.lastTopUp.reason()).isEqualTo(TransactionReason.PURCHASED_CREDIT_INVOICED);
        assertThat(WALLETS.lastTopUp.expiryDate()).isEqualTo(Instant.parse("2024-06-01T00:00:00Z"));
        assertThat(WALLETS.lastTopUp.priority()).isEqualTo(1);
        assertThat(WALLETS.lastTopUp.idempotencyKey()).isEqualTo("key_1");
        JsonNode body = json(response);
        assertThat(body.get("invoice_id").asText()).isEqualTo("inv_1");
        assertThat(body.at("/wallet/id").asText()).isEqualTo("wallet_1");
        JsonNode entry = body.get("wallet_transaction");
        assertThat(entry.get("type").asText()).isEqualTo("credit");
        assertThat(entry.get("transaction_status").asText()).isEqualTo("pending");
        assertThat(entry.get("transaction_reason").asText()).isEqualTo("PURCHASED_CREDIT_INVOICED");
        assertThat(entry.get("credit_amount").asText()).isEqualTo("10");
        assertThat(entry.get("amount").asText()).isEqualTo("20");
        assertThat(entry.get("reference_type").asText()).isEqualTo("INVOICE");
        assertThat(entry.get("expiry_date").asText()).isEqualTo("2024-05-31T12:00:00Z");
        assertThat(entry.get("topup_conversion_rate").asText()).isEqualTo("1.5");

        assertThat(fieldsRejected(authorized(API, "/v1/wallets/wallet_1/top-up").post(Entity.json("""
                {"amount": "1x", "expiry_date_utc": "June"}""")))).containsExactlyInAnyOrder("amount",
                "transaction_reason", "expiry_date_utc");
    }

    @Test
    void theDebitExtensionTakesAnAmountInTheWalletsCurrency() {
        Response response = authorized(API, "/v1/wallets/wallet_1/debit").post(Entity.json("""
                {"amount": "5", "idempotency_key": "key_1"}"""));

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastDebit.amount()).isEqualByComparingTo(new BigDecimal("5"));
        assertThat(WALLETS.lastDebit.currency()).isNull();
        assertThat(WALLETS.lastDebit.reason()).isEqualTo(TransactionReason.MANUAL_BALANCE_DEBIT);
        JsonNode body = json(response);
        assertThat(body.get("credit_balance_before").asText()).isEqualTo("15");
        assertThat(body.get("credit_balance_after").asText()).isEqualTo("12.5");
        assertThat(body.at("/consumptions/0/credit_transaction_id").asText()).isEqualTo("wtx_1");
        assertThat(body.at("/consumptions/0/credits").asText()).isEqualTo("2.5");

        Response refused = authorized(API, "/v1/wallets/wallet_1/debit").post(Entity.json("{\"amount\": \"26\"}"));
        assertThat(refused.getStatus()).isEqualTo(409);
        assertThat(json(refused).at("/error/code").asText()).isEqualTo("wallet.insufficient_balance");
    }

    @Test
    void theRealTimeBalanceSubtractsTheCurrentPeriodUsage() {
        JsonNode body = json(authorized(API, "/v1/wallets/wallet_1/balance/real-time").get());

        assertThat(body.get("balance").asText()).isEqualTo("25");
        assertThat(body.get("current_period_usage").asText()).isEqualTo("7.25");
        assertThat(body.get("real_time_balance").asText()).isEqualTo("17.75"); // 25 - 7.25
        assertThat(body.get("real_time_credit_balance").asText()).isEqualTo("8.875"); // 17.75 / 2
        assertThat(body.get("balance_updated_at").asText()).isEqualTo("2024-05-02T08:30:00.250Z");
        assertThat(body.at("/credits_available_breakdown/free").asText()).isEqualTo("0");
    }

    @Test
    void transactionsTakeFlexPricesQueryParameters() {
        Response response = authorized(API.target("/v1/wallets/wallet_1/transactions")
                .queryParam("type", "debit").queryParam("transaction_reason", "MANUAL_BALANCE_DEBIT")
                .queryParam("start_time", "2024-05-01T00:00:00Z").queryParam("credits_available_gt", "0")
                .queryParam("limit", "5").queryParam("order", "asc")).get();

        assertThat(response.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastTransactionFilter.type()).isEqualTo(TransactionType.DEBIT);
        assertThat(WALLETS.lastTransactionFilter.reason()).isEqualTo(TransactionReason.MANUAL_BALANCE_DEBIT);
        assertThat(WALLETS.lastTransactionFilter.createdFrom()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(WALLETS.lastTransactionFilter.creditsAvailableAbove()).isEqualTo(Credits.ZERO);
        assertThat(WALLETS.lastPage.limit()).isEqualTo(5);
        JsonNode body = json(response);
        assertThat(body.at("/items/0/type").asText()).isEqualTo("debit");
        assertThat(body.at("/pagination/total").asLong()).isEqualTo(1);
        assertThat(fieldsRejected(authorized(API.target("/v1/wallets/wallet_1/transactions")
                .queryParam("type", "refund").queryParam("limit", "0")).get())).containsExactlyInAnyOrder("type",
                "limit");
    }

    @Test
    void searchesTakeTheirFiltersFromTheBody() {
        Response wallets = authorized(API, "/v1/wallets/search").post(Entity.json("""
                {"wallet_ids": ["wallet_1"], "status": "closed", "limit": 10}"""));
        assertThat(wallets.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastFilter.walletIds()).containsExactly("wallet_1");
        assertThat(WALLETS.lastFilter.walletStatus()).isEqualTo(WalletStatus.CLOSED);
        assertThat(json(wallets).at("/pagination/total").asLong()).isEqualTo(7);

        Response entries = authorized(API, "/v1/wallets/transactions/search").post(Entity.json("""
                {"wallet_id": "wallet_1", "transaction_status": "pending", "reference_type": "INVOICE"}"""));
        assertThat(entries.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastTransactionFilter.walletIds()).containsExactly("wallet_1");
        assertThat(authorized(API.target("/v1/wallets").queryParam("customer_id", "cust_1")).get().getStatus())
                .isEqualTo(200);
        assertThat(WALLETS.lastFilter.customerIds()).containsExactly("cust_1");
    }

    @Test
    void aCustomersWalletsAreFoundByIdInThePathOrByIdOrLookupKeyInTheQuery() {
        JsonNode byPath = json(authorized(API, "/v1/customers/cust_1/wallets").get());
        assertThat(byPath.isArray()).isTrue();
        assertThat(byPath.get(0).get("id").asText()).isEqualTo("wallet_1");
        assertThat(WALLETS.lastCustomer.id()).isEqualTo("cust_1");

        JsonNode byLookupKey = json(authorized(API.target("/v1/customers/wallets").queryParam("lookup_key", "acme")
                .queryParam("include_real_time_balance", "true")).get());
        assertThat(WALLETS.lastCustomer.externalId()).isEqualTo("acme");
        assertThat(byLookupKey.get(0).get("real_time_balance").asText()).isEqualTo("17.75");
        assertThat(CUSTOMERS.lastRef).as("not routed to GET /v1/customers/{id}").isNull();

        assertThat(fieldsRejected(authorized(API, "/v1/customers/wallets").get())).containsExactly("id");
    }

    @Test
    void terminateAndUpdateAnswerTheWalletAndAMissingOneIs404() {
        JsonNode closed = json(authorized(API, "/v1/wallets/wallet_1/terminate").post(Entity.json("")));
        assertThat(closed.get("wallet_status").asText()).isEqualTo("closed");
        assertThat(closed.get("balance").asText()).isEqualTo("0");

        Response updated = authorized(API, "/v1/wallets/wallet_1").put(Entity.json("""
                {"name": "Main", "config": {"allowed_price_types": ["ALL"]}}"""));
        assertThat(updated.getStatus()).isEqualTo(200);
        assertThat(WALLETS.lastUpdate.name()).isEqualTo("Main");
        assertThat(WALLETS.lastUpdate.config().allowsAll()).isTrue();
        assertThat(WALLETS.lastUpdate.autoTopUp()).isNull();

        Response missing = authorized(API, "/v1/wallets/wallet_missing").get();
        assertThat(missing.getStatus()).isEqualTo(404);
        assertThat(json(missing).at("/error/code").asText()).isEqualTo("wallet.not_found");
    }
}
