package io.flexprice.sdk.features;

import io.flexprice.sdk.common.SortOrder;

/**
 * Paging for {@code GET /v1/meters}.
 *
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record MeterListParams(Integer limit, Integer offset, SortOrder order) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** This paging at another offset. */
    public MeterListParams withOffset(int newOffset) {
        return new MeterListParams(limit, newOffset, order);
    }

    /** Builds a {@link MeterListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
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

        public MeterListParams build() {
            return new MeterListParams(limit, offset, order);
        }
    }
}
