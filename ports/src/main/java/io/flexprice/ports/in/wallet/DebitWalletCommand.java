package io.flexprice.ports.in.wallet;

import io.flexprice.domain.money.Money;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import java.util.Map;

/**
 * Credits worth {@code amount} (in the wallet's currency) to take from a wallet, for {@code reason}
 * (INVOICE_PAYMENT, MANUAL_BALANCE_DEBIT or CREDIT_ADJUSTMENT). A retry with the same {@code idempotencyKey} gets
 * the first debit back.
 */
public record DebitWalletCommand(Money amount, TransactionReason reason, WalletTxReferenceType referenceType,
                                 String referenceId, String description, Map<String, String> metadata,
                                 String idempotencyKey) {
}
