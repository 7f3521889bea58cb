package io.flexprice.ports.out.wallet;

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
                                      Credits creditsAvailableAbove, Integer priority, String createdBy) {

    public static final WalletTransactionFilter ALL = new WalletTransactionFilter(null, null, null, null, null, null,
            null, null, null, null, null, null, null, null);

    public WalletTransactionFilter {
        walletIds = walletIds == null ? List.of() : List.copyOf(walletIds);
        transactionIds = transactionIds == null ? List.of() : List.copyOf(transactionIds);
    }

    /** The same filter, narrowed to one wallet. */
    public WalletTransactionFilter ofWallet(String walletId) {
        return new WalletTransactionFilter(List.of(walletId), transactionIds, type, reason, transactionStatus,
                referenceType, referenceId, createdFrom, createdBefore, expiryDateAfter, expiryDateBefore,
                creditsAvailableAbove, priority, createdBy);
    }
}
