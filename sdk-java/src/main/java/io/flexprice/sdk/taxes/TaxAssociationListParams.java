package io.flexprice.sdk.taxes;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;

/**
 * The filters of {@code GET /v1/taxes/associations}; every filter is optional.
 *
 * @param entityType only associations to this kind of entity
 * @param entityId only associations to this entity
 * @param externalCustomerId only associations to the customer with this id of yours
 * @param taxRateId only associations of this rate
 * @param status only this status
 * @param expand {@code tax_rate} reads each association with its rate
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record TaxAssociationListParams(TaxRateEntityType entityType, String entityId, String externalCustomerId,
                                       String taxRateId, Status status, String expand, Integer limit, Integer offset,
                                       SortOrder order) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.entityType = entityType;
        builder.entityId = entityId;
        builder.externalCustomerId = externalCustomerId;
        builder.taxRateId = taxRateId;
        builder.status = status;
        builder.expand = expand;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public TaxAssociationListParams withOffset(int newOffset) {
        return new TaxAssociationListParams(entityType, entityId, externalCustomerId, taxRateId, status, expand, limit,
                newOffset, order);
    }

    /** Builds a {@link TaxAssociationListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private TaxRateEntityType entityType;
        private String entityId;
        private String externalCustomerId;
        private String taxRateId;
        private Status status;
        private String expand;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only associations to this kind of entity. */
        public Builder entityType(TaxRateEntityType entityType) {
            this.entityType = entityType;
            return this;
        }

        /** Only associations to this entity. */
        public Builder entityId(String entityId) {
            this.entityId = entityId;
            return this;
        }

        /** Only associations to the customer with this id of yours. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** Only associations of this rate. */
        public Builder taxRateId(String taxRateId) {
            this.taxRateId = taxRateId;
            return this;
        }

        /** Only this status. */
        public Builder status(Status status) {
            this.status = status;
            return this;
        }

        /** {@code tax_rate} reads each association with its rate. */
        public Builder expand(String expand) {
            this.expand = expand;
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

        public TaxAssociationListParams build() {
            return new TaxAssociationListParams(entityType, entityId, externalCustomerId, taxRateId, status, expand,
                    limit, offset, order);
        }
    }
}
