package io.flexprice.sdk.coupons;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.CouponFilter}, for {@code POST /v1/coupons/search}; every filter is optional.
 *
 * @param couponIds only these coupons
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record CouponListParams(List<String> couponIds, Status status, Integer limit, Integer offset, SortOrder order) {

    public CouponListParams {
        couponIds = couponIds == null ? null : List.copyOf(couponIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.couponIds = couponIds == null ? null : new ArrayList<>(couponIds);
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public CouponListParams withOffset(int newOffset) {
        return new CouponListParams(couponIds, status, limit, newOffset, order);
    }

    /** Builds a {@link CouponListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> couponIds;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these coupons. */
        public Builder couponIds(List<String> couponIds) {
            this.couponIds = couponIds == null ? null : new ArrayList<>(couponIds);
            return this;
        }

        /** Adds one to couponIds. */
        public Builder addCouponId(String couponId) {
            if (this.couponIds == null) {
                this.couponIds = new ArrayList<>();
            }
            this.couponIds.add(couponId);
            return this;
        }

        /** Only this status. */
        public Builder status(Status status) {
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

        /** By creation time, newest first unless {@code asc}. */
        public Builder order(SortOrder order) {
            this.order = order;
            return this;
        }

        public CouponListParams build() {
            return new CouponListParams(couponIds, status, limit, offset, order);
        }
    }
}
