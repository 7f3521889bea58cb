package io.flexprice.sdk.wallets;

import io.flexprice.sdk.common.SortOrder;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * FlexPrice's {@code types.WalletTransactionFilter}: query parameters of {@code GET /v1/wallets/{id}/transactions},
 * the body of {@code POST /v1/wallets/transactions/search} (where {@code walletId}, this server's extension, applies).
 * Every filter is optional.
 *
 * @param walletId only this wallet's (search only)
 * @param id only this transaction
 * @param type credits or debits
 * @param transactionReason only this reason
 * @param transactionStatus only this status
 * @param referenceType only this reference type
 * @param referenceId only this reference
 * @param startTime created at or after
 * @param endTime created before
 * @param expiryDateBefore expiring before
 * @param expiryDateAfter expiring after
 * @param creditsAvailableGt credits left above
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless asc
 */
public record WalletTransactionListParams(String walletId, String id, TransactionType type,
                                          TransactionReason transactionReason, TransactionStatus transactionStatus,
                                          String referenceType, String referenceId, Instant startTime,
                                          Instant endTime, Instant expiryDateBefore, Instant expiryDateAfter,
                                          BigDecimal creditsAvailableGt, Integer limit, Integer offset,
                                          SortOrder order) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.walletId(walletId);
        b.id(id);
        b.type(type);
        b.transactionReason(transactionReason);
        b.transactionStatus(transactionStatus);
        b.referenceType(referenceType);
        b.referenceId(referenceId);
        b.startTime(startTime);
        b.endTime(endTime);
        b.expiryDateBefore(expiryDateBefore);
        b.expiryDateAfter(expiryDateAfter);
        b.creditsAvailableGt(creditsAvailableGt);
        b.limit(limit);
        b.offset(offset);
        b.order(order);
        return b;
    }

    /** These filters at another offset. */
    public WalletTransactionListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds a {@link WalletTransactionListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String walletId;
        private String id;
        private TransactionType type;
        private TransactionReason transactionReason;
        private TransactionStatus transactionStatus;
        private String referenceType;
        private String referenceId;
        private Instant startTime;
        private Instant endTime;
        private Instant expiryDateBefore;
        private Instant expiryDateAfter;
        private BigDecimal creditsAvailableGt;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only this wallet's (search only). */
        public Builder walletId(String walletId) {
            this.walletId = walletId;
            return this;
        }

        /** Only this transaction. */
        public Builder id(String id) {
            this.id = id;
            return this;
        }

        /** Credits or debits. */
        public Builder type(TransactionType type) {
            this.type = type;
            return this;
        }

        /** Only this reason. */
        public Builder transactionReason(TransactionReason transactionReason) {
            this.transactionReason = transactionReason;
            return this;
        }

        /** Only this status. */
        public Builder transactionStatus(TransactionStatus transactionStatus) {
            this.transactionStatus = transactionStatus;
            return this;
        }

        /** Only this reference type. */
        public Builder referenceType(String referenceType) {
            this.referenceType = referenceType;
            return this;
        }

        /** Only this reference. */
        public Builder referenceId(String referenceId) {
            this.referenceId = referenceId;
            return this;
        }

        /** Created at or after. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Created before. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** Expiring before. */
        public Builder expiryDateBefore(Instant expiryDateBefore) {
            this.expiryDateBefore = expiryDateBefore;
            return this;
        }

        /** Expiring after. */
        public Builder expiryDateAfter(Instant expiryDateAfter) {
            this.expiryDateAfter = expiryDateAfter;
            return this;
        }

        /** Credits left above. */
        public Builder creditsAvailableGt(BigDecimal creditsAvailableGt) {
            this.creditsAvailableGt = creditsAvailableGt;
            return this;
        }

        /** The page size (1 to 1000; the server defaults to 50). */
        public Builder limit(Integer limit) {
            this.limit = limit;
            return this;
        }

        /** The offset of the first item. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** By creation time, newest first unless asc. */
        public Builder order(SortOrder order) {
            this.order = order;
            return this;
        }

        public WalletTransactionListParams build() {
            return new WalletTransactionListParams(walletId, id, type, transactionReason, transactionStatus,
                    referenceType, referenceId, startTime, endTime, expiryDateBefore, expiryDateAfter,
                    creditsAvailableGt, limit, offset, order);
        }
    }
}
