package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.sdk.common.ListEnvelope;
import io.flexprice.sdk.common.Page;
import io.flexprice.sdk.core.ApiClient;
import io.flexprice.sdk.core.ApiRequest;
import io.flexprice.sdk.core.RequestOptions;
import java.util.List;
import java.util.Objects;

/**
 * Prepaid wallets: {@code /v1/wallets}, their top-ups, balances and transactions, and a customer's wallets. Get it
 * from {@code FlexpriceClient.wallets()}.
 */
public final class WalletsService {

    private static final TypeReference<ListEnvelope<Wallet>> LIST = new TypeReference<>() {
    };
    private static final TypeReference<ListEnvelope<WalletTransaction>> TRANSACTIONS = new TypeReference<>() {
    };
    private static final TypeReference<List<Wallet>> WALLETS = new TypeReference<>() {
    };
    private static final TypeReference<List<WalletBalance>> BALANCES = new TypeReference<>() {
    };

    private final ApiClient api;

    public WalletsService(ApiClient api) {
        this.api = Objects.requireNonNull(api, "api");
    }

    public Wallet create(CreateWalletParams params) {
        return create(params, RequestOptions.NONE);
    }

    public Wallet create(CreateWalletParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post("/wallets", params), Wallet.class, options);
    }

    public Wallet get(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/wallets/{}", id)), Wallet.class, RequestOptions.NONE);
    }

    public Wallet update(String id, UpdateWalletParams params) {
        return update(id, params, RequestOptions.NONE);
    }

    public Wallet update(String id, UpdateWalletParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.put(ApiRequest.path("/wallets/{}", id), params), Wallet.class, options);
    }

    /** Closes the wallet, debiting every credit left; answers the closed wallet. */
    public Wallet terminate(String id) {
        return terminate(id, RequestOptions.NONE);
    }

    public Wallet terminate(String id, RequestOptions options) {
        return api.send(ApiRequest.post(ApiRequest.path("/wallets/{}/terminate", id), null), Wallet.class, options);
    }

    /** Adds credits; answers the wallet after, the credit entry and, for an invoiced purchase, its invoice. */
    public TopUpResult topUp(String id, TopUpWalletParams params) {
        return topUp(id, params, RequestOptions.NONE);
    }

    public TopUpResult topUp(String id, TopUpWalletParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/wallets/{}/top-up", id), params), TopUpResult.class,
                options);
    }

    /** This server's extension: takes credits; answers the debit's ledger entry. */
    public WalletTransaction debit(String id, DebitWalletParams params) {
        return debit(id, params, RequestOptions.NONE);
    }

    public WalletTransaction debit(String id, DebitWalletParams params, RequestOptions options) {
        Objects.requireNonNull(params, "params");
        return api.send(ApiRequest.post(ApiRequest.path("/wallets/{}/debit", id), params), WalletTransaction.class,
                options);
    }

    /** {@code GET /v1/wallets/{id}/balance/real-time}. */
    public WalletBalance balance(String id) {
        return api.send(ApiRequest.get(ApiRequest.path("/wallets/{}/balance/real-time", id)), WalletBalance.class,
                RequestOptions.NONE);
    }

    public Page<WalletTransaction> transactions(String walletId) {
        return transactions(walletId, WalletTransactionListParams.builder().build());
    }

    /** {@code GET /v1/wallets/{id}/transactions} with the filters as query parameters ({@code walletId} unused). */
    public Page<WalletTransaction> transactions(String walletId, WalletTransactionListParams params) {
        Objects.requireNonNull(params, "params");
        ApiRequest request = ApiRequest.get(ApiRequest.path("/wallets/{}/transactions", walletId))
                .withQuery("id", params.id())
                .withQuery("type", params.type())
                .withQuery("transaction_reason", params.transactionReason())
                .withQuery("transaction_status", params.transactionStatus())
                .withQuery("reference_type", params.referenceType())
                .withQuery("reference_id", params.referenceId())
                .withQuery("start_time", params.startTime())
                .withQuery("end_time", params.endTime())
                .withQuery("expiry_date_before", params.expiryDateBefore())
                .withQuery("expiry_date_after", params.expiryDateAfter())
                .withQuery("credits_available_gt", params.creditsAvailableGt() == null ? null
                        : params.creditsAvailableGt().toPlainString())
                .withQuery("limit", params.limit())
                .withQuery("offset", params.offset())
                .withQuery("order", params.order());
        ListEnvelope<WalletTransaction> envelope = api.send(request, TRANSACTIONS, RequestOptions.NONE);
        return Page.of(envelope, offset -> transactions(walletId, params.withOffset(offset)));
    }

    /** {@code POST /v1/wallets/transactions/search}: transactions across wallets. */
    public Page<WalletTransaction> searchTransactions(WalletTransactionListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<WalletTransaction> envelope = api.send(ApiRequest.postQuery("/wallets/transactions/search",
                params), TRANSACTIONS, RequestOptions.NONE);
        return Page.of(envelope, offset -> searchTransactions(params.withOffset(offset)));
    }

    public Page<Wallet> list() {
        return list(WalletListParams.builder().build());
    }

    /** {@code POST /v1/wallets/search}. */
    public Page<Wallet> list(WalletListParams params) {
        Objects.requireNonNull(params, "params");
        ListEnvelope<Wallet> envelope = api.send(ApiRequest.postQuery("/wallets/search", params), LIST,
                RequestOptions.NONE);
        return Page.of(envelope, offset -> list(params.withOffset(offset)));
    }

    /** {@code GET /v1/customers/{id}/wallets}: the customer's wallets. */
    public List<Wallet> customerWallets(String customerId) {
        return api.send(ApiRequest.get(ApiRequest.path("/customers/{}/wallets", customerId)), WALLETS,
                RequestOptions.NONE);
    }

    /** {@code GET /v1/customers/wallets?lookup_key=}: the wallets of the customer with this id of yours. */
    public List<Wallet> customerWalletsByExternalId(String externalCustomerId) {
        requireText(externalCustomerId, "externalCustomerId");
        return api.send(ApiRequest.get("/customers/wallets").withQuery("lookup_key", externalCustomerId), WALLETS,
                RequestOptions.NONE);
    }

    /** {@code GET /v1/customers/wallets?id=&include_real_time_balance=true}: each wallet with its real-time balance. */
    public List<WalletBalance> customerWalletBalances(String customerId) {
        requireText(customerId, "customerId");
        return api.send(ApiRequest.get("/customers/wallets").withQuery("id", customerId)
                .withQuery("include_real_time_balance", true), BALANCES, RequestOptions.NONE);
    }

    private static void requireText(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
    }
}
