package io.flexprice.sdk.wallets;

import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalToJson;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.put;
import static com.github.tomakehurst.wiremock.client.WireMock.putRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static io.flexprice.sdk.support.Stubs.json;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.support.TestClients;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Wallets on the wire. */
class WalletsServiceTest {

    @RegisterExtension
    static WireMockExtension server = WireMockExtension.newInstance().options(wireMockConfig().dynamicPort()).build();

    private static final String WALLET = """
            {"id": "wallet_1", "customer_id": "cust_1", "name": "Prepaid", "currency": "usd", "balance": "100",
             "credit_balance": "50", "wallet_status": "active", "wallet_type": "PRE_PAID", "conversion_rate": "2",
             "topup_conversion_rate": "2", "config": {"allowed_price_types": ["USAGE"]},
             "auto_topup": {"enabled": true, "threshold": 10, "amount": 40.5, "invoicing": false,
               "cooldown_seconds": 60}, "metadata": {}}""";
    private static final String TRANSACTION = """
            {"id": "wtx_1", "wallet_id": "wallet_1", "type": "credit", "amount": "50", "credit_amount": "25",
             "credit_balance_before": "50", "credit_balance_after": "75", "credits_available": "25",
             "transaction_status": "completed", "transaction_reason": "FREE_CREDIT_GRANT",
             "expiry_date": "2026-12-31T00:00:00Z", "priority": 1}""";

    private FlexpriceClient client() {
        return TestClients.against(server.baseUrl()).client();
    }

    @Test
    void aWalletIsCreatedWithRatesAsDecimalStringsAndAutoTopUpNumbers() {
        server.stubFor(post("/v1/wallets").willReturn(json(200, WALLET)));

        Wallet wallet = client().wallets().create(CreateWalletParams.builder().customerId("cust_1").currency("usd")
                .name("Prepaid").conversionRate("2").initialCreditsToLoad("50")
                .initialCreditsExpiryDateUtc(Instant.parse("2026-12-31T00:00:00Z"))
                .autoTopup(new Wallet.AutoTopUp(true, BigDecimal.TEN, new BigDecimal("40.5"), false, 60L))
                .config(Wallet.WalletConfig.of(WalletPriceType.USAGE)).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/wallets")).withHeader("Idempotency-Key", matching(".+"))
                .withRequestBody(equalToJson("""
                        {"customer_id": "cust_1", "currency": "usd", "name": "Prepaid", "conversion_rate": "2",
                         "initial_credits_to_load": "50", "initial_credits_expiry_date_utc": "2026-12-31T00:00:00Z",
                         "auto_topup": {"enabled": true, "threshold": 10, "amount": 40.5, "invoicing": false,
                           "cooldown_seconds": 60},
                         "config": {"allowed_price_types": ["USAGE"]}}""")));
        assertThat(wallet.balance()).isEqualTo(new BigDecimal("100"));
        assertThat(wallet.creditBalance()).isEqualTo(new BigDecimal("50"));
        assertThat(wallet.walletStatus()).isEqualTo(WalletStatus.ACTIVE);
        assertThat(wallet.walletType()).isEqualTo(WalletType.PRE_PAID);
        assertThat(wallet.autoTopup().amount()).isEqualTo(new BigDecimal("40.5"));
        assertThat(wallet.config().allowedPriceTypes()).containsExactly(WalletPriceType.USAGE);
    }

    @Test
    void aTopUpAnswersTheWalletAndItsEntry() {
        server.stubFor(post("/v1/wallets/wallet_1/top-up").willReturn(json(200, """
                {"wallet": %s, "wallet_transaction": %s}""".formatted(WALLET, TRANSACTION))));

        TopUpResult result = client().wallets().topUp("wallet_1", TopUpWalletParams.builder().creditsToAdd("25")
                .transactionReason(TransactionReason.FREE_CREDIT_GRANT).priority(1)
                .expiryDateUtc(Instant.parse("2026-12-31T00:00:00Z")).build());

        server.verify(postRequestedFor(urlEqualTo("/v1/wallets/wallet_1/top-up")).withRequestBody(equalToJson("""
                {"credits_to_add": "25", "transaction_reason": "FREE_CREDIT_GRANT", "priority": 1,
                 "expiry_date_utc": "2026-12-31T00:00:00Z"}""")));
        assertThat(result.invoiceId()).isNull();
        assertThat(result.walletTransaction().creditBalanceAfter()).isEqualTo(new BigDecimal("75"));
        assertThat(result.walletTransaction().type()).isEqualTo(TransactionType.CREDIT);
        assertThat(result.walletTransaction().transactionStatus()).isEqualTo(TransactionStatus.COMPLETED);
    }

    @Test
    void updateTerminateDebitAndBalanceUseTheirPaths() {
        server.stubFor(put("/v1/wallets/wallet_1").willReturn(json(200, WALLET)));
        server.stubFor(post("/v1/wallets/wallet_1/terminate").willReturn(json(200,
                WALLET.replace("\"active\"", "\"closed\""))));
        server.stubFor(post("/v1/wallets/wallet_1/debit").willReturn(json(200, TRANSACTION)));
        server.stubFor(get("/v1/wallets/wallet_1/balance/real-time").willReturn(json(200, """
                {"id": "wallet_1", "balance": "100", "credit_balance": "50", "real_time_balance": "88.5",
                 "real_time_credit_balance": "44.25", "current_period_usage": "11.5",
                 "credits_available_breakdown": {"free": "20", "purchased": "30"}}""")));

        client().wallets().update("wallet_1", UpdateWalletParams.builder().name("Renamed").build());
        assertThat(client().wallets().terminate("wallet_1").walletStatus()).isEqualTo(WalletStatus.CLOSED);
        client().wallets().debit("wallet_1", DebitWalletParams.builder().amount("5").build());
        WalletBalance balance = client().wallets().balance("wallet_1");

        server.verify(putRequestedFor(urlEqualTo("/v1/wallets/wallet_1"))
                .withRequestBody(equalToJson("{\"name\": \"Renamed\"}")));
        server.verify(postRequestedFor(urlEqualTo("/v1/wallets/wallet_1/terminate")).withRequestBody(absent()));
        server.verify(postRequestedFor(urlEqualTo("/v1/wallets/wallet_1/debit"))
                .withRequestBody(equalToJson("{\"amount\": \"5\"}")));
        assertThat(balance.realTimeBalance()).isEqualTo(new BigDecimal("88.5"));
        assertThat(balance.currentPeriodUsage()).isEqualTo(new BigDecimal("11.5"));
        assertThat(balance.creditsAvailableBreakdown().purchased()).isEqualTo(new BigDecimal("30"));
    }

    @Test
    void aWalletsTransactionsAreFilteredByQueryAndSearchedByBody() {
        server.stubFor(get(urlPathEqualTo("/v1/wallets/wallet_1/transactions")).willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(TRANSACTION))));
        server.stubFor(post("/v1/wallets/transactions/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(TRANSACTION))));

        assertThat(client().wallets().transactions("wallet_1", WalletTransactionListParams.builder()
                .transactionReason(TransactionReason.FREE_CREDIT_GRANT).type(TransactionType.CREDIT)
                .creditsAvailableGt(new BigDecimal("0.5")).startTime(Instant.parse("2026-03-01T00:00:00Z")).build())
                .items()).extracting(WalletTransaction::id).containsExactly("wtx_1");
        client().wallets().searchTransactions(WalletTransactionListParams.builder().walletId("wallet_1").limit(5)
                .build());

        server.verify(getRequestedFor(urlEqualTo("/v1/wallets/wallet_1/transactions?type=credit"
                + "&transaction_reason=FREE_CREDIT_GRANT&start_time=2026-03-01T00%3A00%3A00Z&credits_available_gt=0.5")));
        server.verify(postRequestedFor(urlEqualTo("/v1/wallets/transactions/search")).withoutHeader("Idempotency-Key")
                .withRequestBody(equalToJson("{\"wallet_id\": \"wallet_1\", \"limit\": 5}")));
    }

    @Test
    void walletsAreSearchedAndACustomersWalletsReadAsArrays() {
        server.stubFor(post("/v1/wallets/search").willReturn(json(200, """
                {"items": [%s], "pagination": {"limit": 50, "offset": 0, "total": 1}}""".formatted(WALLET))));
        server.stubFor(get("/v1/customers/cust_1/wallets").willReturn(json(200, "[" + WALLET + "]")));
        server.stubFor(get("/v1/customers/wallets?lookup_key=acme").willReturn(json(200, "[" + WALLET + "]")));
        server.stubFor(get("/v1/customers/wallets?id=cust_1&include_real_time_balance=true").willReturn(json(200, """
                [{"id": "wallet_1", "real_time_balance": "7"}]""")));

        assertThat(client().wallets().list(WalletListParams.builder().customerId("cust_1")
                .status(WalletStatus.ACTIVE).build()).items()).extracting(Wallet::id).containsExactly("wallet_1");
        assertThat(client().wallets().customerWallets("cust_1")).extracting(Wallet::id).containsExactly("wallet_1");
        assertThat(client().wallets().customerWalletsByExternalId("acme")).hasSize(1);
        assertThat(client().wallets().customerWalletBalances("cust_1")).singleElement()
                .satisfies(b -> assertThat(b.realTimeBalance()).isEqualTo(new BigDecimal("7")));

        server.verify(postRequestedFor(urlEqualTo("/v1/wallets/search"))
                .withRequestBody(equalToJson("{\"customer_id\": \"cust_1\", \"status\": \"active\"}")));
        assertThatThrownBy(() -> client().wallets().customerWalletsByExternalId(" "))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
