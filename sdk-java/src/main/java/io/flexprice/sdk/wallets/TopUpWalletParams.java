package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TopUpWalletRequest}: {@code creditsToAdd}, or {@code amount} in the wallet's currency
 * (credits win when both are given).
 *
 * @param creditsToAdd credits to add
 * @param amount or their value in the currency
 * @param transactionReason why (required): FREE_CREDIT_GRANT, PURCHASED_CREDIT_DIRECT, PURCHASED_CREDIT_INVOICED, ...
 * @param description description
 * @param expiryDateUtc when these credits expire
 * @param priority lower is used first
 * @param idempotencyKey FlexPrice's body key (this server dedupes on the header)
 * @param metadata your key-value pairs
 */
public record TopUpWalletParams(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal creditsToAdd,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                                TransactionReason transactionReason, String description, Instant expiryDateUtc,
                                Integer priority, String idempotencyKey, Map<String, String> metadata) {

    public TopUpWalletParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.creditsToAdd(creditsToAdd);
        b.amount(amount);
        b.transactionReason(transactionReason);
        b.description(description);
        b.expiryDateUtc(expiryDateUtc);
        b.priority(priority);
        b.idempotencyKey(idempotencyKey);
        b.metadata(metadata);
        return b;
    }

    /** Builds a {@link TopUpWalletParams}; unset fields are left out of the request. */
    public static final class Builder {
        private BigDecimal creditsToAdd;
        private BigDecimal amount;
        private TransactionReason transactionReason;
        private String description;
        private Instant expiryDateUtc;
        private Integer priority;
        private String idempotencyKey;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Credits to add. */
        public Builder creditsToAdd(BigDecimal creditsToAdd) {
            this.creditsToAdd = creditsToAdd;
            return this;
        }

        public Builder creditsToAdd(String creditsToAdd) {
            return creditsToAdd(creditsToAdd == null ? null : new BigDecimal(creditsToAdd));
        }

        /** Or their value in the currency. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Builder amount(String amount) {
            return amount(amount == null ? null : new BigDecimal(amount));
        }

        /** Why (required): FREE_CREDIT_GRANT, PURCHASED_CREDIT_DIRECT, PURCHASED_CREDIT_INVOICED, .... */
        public Builder transactionReason(TransactionReason transactionReason) {
            this.transactionReason = transactionReason;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** When these credits expire. */
        public Builder expiryDateUtc(Instant expiryDateUtc) {
            this.expiryDateUtc = expiryDateUtc;
            return this;
        }

        /** Lower is used first. */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /** FlexPrice's body key (this server dedupes on the header). */
        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
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

        public TopUpWalletParams build() {
            return new TopUpWalletParams(creditsToAdd, amount, transactionReason, description, expiryDateUtc,
                    priority, idempotencyKey, metadata);
        }
    }
}
