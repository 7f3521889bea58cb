package io.flexprice.ports.out.wallet;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.wallet.WalletTransaction;
import java.util.Locale;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import java.time.Instant;
import java.util.List;

/**
 * Narrows a search of ledger entries; empty lists and nulls do not narrow. {@code createdFrom} is inclusive,
 * {@code createdBefore} exclusive; {@code expiryDateAfter} and {@code expiryDateBefore} are exclusive and match
 * only entries that expire; {@code creditsAvailableAbove} matches entries with strictly more credits available;
 * {@code priority} matches credits of that priority, {@code createdBy} entries made by that actor.
 */
public record WalletTransactionFilter(List<String> walletIds, List<String> transactionIds, TransactionType type,
                                      TransactionReason reason, TransactionStatus transactionStatus,
                                      WalletTxReferenceType referenceType, String referenceId, Instant createdFrom,
                                      Instant createdBefore, Instant expiryDateAfter, Instant expiryDateBefore,
                                      Credits creditsAvailableAbove, Integer priority, String createdBy,
                                      SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<WalletTransaction> FIELDS = SearchFields.<WalletTransaction>builder()
            .string("id", t -> t.id().value())
            .string("wallet_id", t -> t.walletId().value())
            .string("customer_id", t -> t.customerId() == null ? null : t.customerId().value())
            .string("type", t -> t.type().wireValue())
            .string("transaction_status", t -> t.transactionStatus().wireValue())
            .string("transaction_reason", t -> t.reason().name())
            .string("reference_type", t -> t.referenceType() == null ? null : t.referenceType().name())
            .string("reference_id", WalletTransaction::referenceId)
            .number("credit_amount", t -> t.creditAmount().value())
            .number("amount", t -> t.amount().amount())
            .string("currency", t -> t.amount().currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .number("credits_available", t -> t.creditsAvailable() == null ? null : t.creditsAvailable().value())
            .date("expiry_date", WalletTransaction::expiryDate)
            .string("status", t -> t.status().wireValue())
            .date("created_at", t -> t.audit().createdAt())
            .date("updated_at", t -> t.audit().updatedAt())
            .build();

    public static final WalletTransactionFilter ALL = new WalletTransactionFilter(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null, SearchConditions.NONE);


    /** A filter without {@code filters} or {@code sort}. */
    public WalletTransactionFilter(List<String> walletIds, List<String> transactionIds, TransactionType type,
                                   TransactionReason reason, TransactionStatus transactionStatus,
                                   WalletTxReferenceType referenceType, String referenceId, Instant createdFrom,
                                   Instant createdBefore, Instant expiryDateAfter, Instant expiryDateBefore,
                                   Credits creditsAvailableAbove) {
        this(walletIds, transactionIds, type, reason, transactionStatus, referenceType, referenceId, createdFrom,
                createdBefore, expiryDateAfter, expiryDateBefore, creditsAvailableAbove, null, null,
                SearchConditions.NONE);
    }

    public WalletTransactionFilter {
        conditions = FIELDS.admit(conditions);
        walletIds = walletIds == null ? List.of() : List.copyOf(walletIds);
        transactionIds = transactionIds == null ? List.of() : List.copyOf(transactionIds);
    }

    /** The same filter, narrowed to one wallet. */
    public WalletTransactionFilter ofWallet(String walletId) {
        return new WalletTransactionFilter(List.of(walletId), transactionIds, type, reason, transactionStatus,
                referenceType, referenceId, createdFrom, createdBefore, expiryDateAfter, expiryDateBefore,
                creditsAvailableAbove, priority, createdBy, conditions);
    }
}
