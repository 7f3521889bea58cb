package io.flexprice.domain.wallet;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Violations;
import java.time.Instant;

/**
 * Credits to add to a wallet, and why. {@code pending}: the credits are bought on an invoice that is not paid
 * yet, so they are recorded but not usable until {@link WalletLedger#settle} completes them.
 */
public record TopUp(Credits credits, TransactionReason reason, boolean pending, WalletTxReferenceType referenceType,
                    String referenceId, String description, Metadata metadata, Instant expiryDate, Integer priority,
                    String idempotencyKey) {

    public TopUp {
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        new Violations()
                .require(credits != null, "credits_to_add", "credits_to_add or amount is required")
                .require(credits == null || credits.isPositive(), "credits_to_add", "must be greater than zero")
                .require(reason != null && reason.isTopUp(), "transaction_reason", "must be one of "
                        + "FREE_CREDIT_GRANT, SUBSCRIPTION_CREDIT_GRANT, PURCHASED_CREDIT_INVOICED, "
                        + "PURCHASED_CREDIT_DIRECT, CREDIT_NOTE")
                .maxLength(description, 4000, "description")
                .maxLength(idempotencyKey, 255, "idempotency_key")
                .maxLength(referenceId, 255, "reference_id")
                .throwIfAny();
    }

    /** Free credits, granted at once. */
    public static TopUp free(Credits credits, Instant expiryDate, String description) {
        return new TopUp(credits, TransactionReason.FREE_CREDIT_GRANT, false, null, null, description, null,
                expiryDate, null, null);
    }
}
