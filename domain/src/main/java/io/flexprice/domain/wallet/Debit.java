package io.flexprice.domain.wallet;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.money.Money;

/**
 * Credits to take from a wallet: worth {@code amount} in the wallet's currency. The credits consumed are the
 * fewest worth at least the amount ({@link ConversionRate#creditsToPay}); with a conversion rate of 1, as many
 * as the amount.
 */
public record Debit(Money amount, TransactionReason reason, WalletTxReferenceType referenceType, String referenceId,
                    String description, Metadata metadata, String idempotencyKey) {

    public Debit {
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        new Violations()
                .require(amount != null, "amount", "is required")
                .require(amount == null || amount.amount().signum() > 0, "amount", "must be greater than zero")
                .require(reason != null && reason.isDebit() && reason != TransactionReason.CREDIT_EXPIRED
                        && reason != TransactionReason.WALLET_TERMINATION, "transaction_reason",
                        "must be one of INVOICE_PAYMENT, MANUAL_BALANCE_DEBIT, CREDIT_ADJUSTMENT")
                .maxLength(description, 4000, "description")
                .maxLength(idempotencyKey, 255, "idempotency_key")
                .maxLength(referenceId, 255, "reference_id")
                .throwIfAny();
    }
}
