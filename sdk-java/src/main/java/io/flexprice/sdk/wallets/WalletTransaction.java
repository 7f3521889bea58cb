package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.WalletTransactionResponse}: credits and balances in credits, {@code amount} in the currency;
 * {@code consumptions} (the credit entries a debit took from) is this server's extension.
 *
 * @param id the transaction's id
 * @param walletId its wallet
 * @param customerId the wallet's customer
 * @param type credit or debit
 * @param amount the value in the currency
 * @param creditAmount the credits added or taken
 * @param creditBalanceBefore the balance before, in credits
 * @param creditBalanceAfter the balance after, in credits
 * @param creditsAvailable of a credit: what is left of it
 * @param currency ISO 4217 code in lower case
 * @param transactionStatus pending, completed, failed
 * @param transactionReason why
 * @param referenceType what it refers to (INVOICE, PAYMENT, ...)
 * @param referenceId the id of that
 * @param description description
 * @param metadata your key-value pairs
 * @param expiryDate when a credit's remainder expires
 * @param priority a credit's priority (lower is used first)
 * @param consumptions of a debit: the credits it took from
 * @param createdAt when it was made
 */
public record WalletTransaction(String id, String walletId, String customerId, TransactionType type,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditAmount,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditBalanceBefore,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditBalanceAfter,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditsAvailable,
                                String currency, TransactionStatus transactionStatus,
                                TransactionReason transactionReason, String referenceType, String referenceId,
                                String description, Map<String, String> metadata, Instant expiryDate,
                                Integer priority, List<Consumption> consumptions, Instant createdAt) {

    public WalletTransaction {
        metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
        consumptions = consumptions == null ? List.of() : List.copyOf(consumptions);
    }

    /**
     * Credits a debit took from one credit entry.
     *
     * @param creditTransactionId the credit entry
     * @param credits how many
     */
    public record Consumption(String creditTransactionId,
                              @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal credits) {
    }
}
