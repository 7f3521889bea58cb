package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * This server's extension {@code POST /v1/wallets/{id}/debit}: takes credits worth {@code amount}.
 *
 * @param amount the value taken, in the wallet's currency (required)
 * @param currency the wallet's currency, if given
 * @param transactionReason MANUAL_BALANCE_DEBIT (default), INVOICE_PAYMENT or CREDIT_ADJUSTMENT
 * @param referenceType what it refers to
 * @param referenceId the id of that
 * @param description description
 * @param metadata your key-value pairs
 */
public record DebitWalletParams(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount, String currency,
                                TransactionReason transactionReason, String referenceType, String referenceId,
                                String description, Map<String, String> metadata) {

    public DebitWalletParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.amount(amount);
        b.currency(currency);
        b.transactionReason(transactionReason);
        b.referenceType(referenceType);
        b.referenceId(referenceId);
        b.description(description);
        b.metadata(metadata);
        return b;
    }

    /** Builds a {@link DebitWalletParams}; unset fields are left out of the request. */
    public static final class Builder {
        private BigDecimal amount;
        private String currency;
        private TransactionReason transactionReason;
        private String referenceType;
        private String referenceId;
        private String description;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** The value taken, in the wallet's currency (required). */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Builder amount(String amount) {
            return amount(amount == null ? null : new BigDecimal(amount));
        }

        /** The wallet's currency, if given. */
        public Builder currency(String currency) {
            this.currency = currency;
            return this;
        }

        /** MANUAL_BALANCE_DEBIT (default), INVOICE_PAYMENT or CREDIT_ADJUSTMENT. */
        public Builder transactionReason(TransactionReason transactionReason) {
            this.transactionReason = transactionReason;
            return this;
        }

        /** What it refers to. */
        public Builder referenceType(String referenceType) {
            this.referenceType = referenceType;
            return this;
        }

        /** The id of that. */
        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Your key-value pairs. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Adds one to metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        public DebitWalletParams build() {
            return new DebitWalletParams(amount, currency, transactionReason, referenceType, referenceId,
                    description, metadata);
        }
    }
}
