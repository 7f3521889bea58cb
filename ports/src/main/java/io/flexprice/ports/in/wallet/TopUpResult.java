package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.Wallet;
import io.flexprice.domain.wallet.WalletTransaction;

/** A top-up's ledger entry, the wallet after it, and the invoice of a purchased top-up (null if none). */
public record TopUpResult(Wallet wallet, WalletTransaction transaction, String invoiceId) {
}
