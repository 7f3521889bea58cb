package io.flexprice.ports.in.wallet;

import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import java.math.BigDecimal;
import java.util.Currency;
import java.util.Map;

/**
 * Credits worth {@code amount} to take from a wallet, for {@code reason} (INVOICE_PAYMENT, MANUAL_BALANCE_DEBIT or
 * CREDIT_ADJUSTMENT). {@code currency} null is the wallet's; another currency is refused. A retry with the same
 * {@code idempotencyKey} gets the first debit back.
 */
public record DebitWalletCommand(BigDecimal amount, Currency currency, TransactionReason reason, WalletTxReferenceType referenceType,
                                 String referenceId, String description, Map<String, String> metadata,
                                 String idempotencyKey) {

    /** The same debit of an amount of money: its currency must be the wallet's. */
    public static DebitWalletCommand of(io.flexprice.domain.money.Money amount, TransactionReason reason,
                                        WalletTxReferenceType referenceType, String referenceId, String description,
                                        Map<String, String> metadata, String idempotencyKey) {
        return new DebitWalletCommand(amount.amount(), amount.currency(), reason, referenceType, referenceId,
                description, metadata, idempotencyKey);
    }
}
