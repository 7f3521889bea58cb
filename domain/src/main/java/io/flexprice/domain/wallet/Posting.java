package io.flexprice.domain.wallet;

import java.util.List;
import java.util.Objects;

/**
 * What one ledger operation changes: the wallet (its balance), the new or settled entry, and the credit entries
 * a debit consumed from (with their new {@code creditsAvailable}). A posting is stored atomically, all or nothing.
 */
public record Posting(Wallet wallet, WalletTransaction transaction, List<WalletTransaction> consumed) {

    public Posting {
        Objects.requireNonNull(wallet, "wallet");
        Objects.requireNonNull(transaction, "transaction");
        consumed = List.copyOf(consumed);
    }
}
