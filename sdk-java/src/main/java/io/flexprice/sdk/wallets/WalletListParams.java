package io.flexprice.sdk.wallets;

import io.flexprice.sdk.common.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.WalletFilter}, for {@code POST /v1/wallets/search}; {@code customerId} is this server's
 * extension. Every filter is optional.
 *
 * @param walletIds only these wallets
 * @param customerId only this customer's
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless asc
 */
public record WalletListParams(List<String> walletIds, String customerId, WalletStatus status, Integer limit,
                               Integer offset, SortOrder order) {

    public WalletListParams {
        walletIds = walletIds == null ? null : List.copyOf(walletIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.walletIds(walletIds);
        b.customerId(customerId);
        b.status(status);
        b.limit(limit);
        b.offset(offset);
        b.order(order);
        return b;
    }

    /** These filters at another offset. */
    public WalletListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds a {@link WalletListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> walletIds;
        private String customerId;
        private WalletStatus status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these wallets. */
        public Builder walletIds(List<String> walletIds) {
            this.walletIds = walletIds == null ? null : new ArrayList<>(walletIds);
            return this;
        }

        /** Adds one to walletIds. */
        public Builder addWalletId(String value) {
            if (this.walletIds == null) {
                this.walletIds = new ArrayList<>();
            }
            this.walletIds.add(value);
            return this;
        }

        /** Only this customer's. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** Only this status. */
        public Builder status(WalletStatus status) {
            this.status = status;
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

        public WalletListParams build() {
            return new WalletListParams(walletIds, customerId, status, limit, offset, order);
        }
    }
}
