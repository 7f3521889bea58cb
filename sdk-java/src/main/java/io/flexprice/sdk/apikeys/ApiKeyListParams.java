package io.flexprice.sdk.apikeys;

import io.flexprice.sdk.common.Status;

/**
 * Paging and filter for {@code GET /v1/secrets/api/keys}.
 *
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param status only this status
 */
public record ApiKeyListParams(Integer limit, Integer offset, Status status) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.limit = limit;
        builder.offset = offset;
        builder.status = status;
        return builder;
    }

    /** This paging at another offset. */
    public ApiKeyListParams withOffset(int newOffset) {
        return new ApiKeyListParams(limit, newOffset, status);
    }

    /** Builds a {@link ApiKeyListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Integer limit;
        private Integer offset;
        private Status status;

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

        /** Only this status. */
        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        public ApiKeyListParams build() {
            return new ApiKeyListParams(limit, offset, status);
        }
    }
}
