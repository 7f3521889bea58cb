package io.flexprice.sdk.prices;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.PriceFilter}, for {@code POST /v1/prices/search}; every filter is optional. As in
 * FlexPrice, prices that have ended are left out unless {@code allowExpiredPrices} is true.
 *
 * @param priceIds only these prices
 * @param planIds only the prices of these plans
 * @param entityIds only the prices of these entities
 * @param meterIds only the prices on these meters
 * @param entityType only the prices of this kind of entity
 * @param parentPriceId only the later versions of this price
 * @param allowExpiredPrices whether prices that have ended are listed too
 * @param startDateLt only prices that start before this time
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record PriceListParams(List<String> priceIds, List<String> planIds, List<String> entityIds,
                              List<String> meterIds, PriceEntityType entityType, String parentPriceId,
                              Boolean allowExpiredPrices, Instant startDateLt, Status status, Integer limit,
                              Integer offset, SortOrder order) {

    public PriceListParams {
        priceIds = priceIds == null ? null : List.copyOf(priceIds);
        planIds = planIds == null ? null : List.copyOf(planIds);
        entityIds = entityIds == null ? null : List.copyOf(entityIds);
        meterIds = meterIds == null ? null : List.copyOf(meterIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.priceIds = priceIds == null ? null : new ArrayList<>(priceIds);
        builder.planIds = planIds == null ? null : new ArrayList<>(planIds);
        builder.entityIds = entityIds == null ? null : new ArrayList<>(entityIds);
        builder.meterIds = meterIds == null ? null : new ArrayList<>(meterIds);
        builder.entityType = entityType;
        builder.parentPriceId = parentPriceId;
        builder.allowExpiredPrices = allowExpiredPrices;
        builder.startDateLt = startDateLt;
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public PriceListParams withOffset(int newOffset) {
        return new PriceListParams(priceIds, planIds, entityIds, meterIds, entityType, parentPriceId,
                allowExpiredPrices, startDateLt, status, limit, newOffset, order);
    }

    /** Builds a {@link PriceListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> priceIds;
        private List<String> planIds;
        private List<String> entityIds;
        private List<String> meterIds;
        private PriceEntityType entityType;
        private String parentPriceId;
        private Boolean allowExpiredPrices;
        private Instant startDateLt;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these prices. */
        public Builder priceIds(List<String> priceIds) {
            this.priceIds = priceIds == null ? null : new ArrayList<>(priceIds);
            return this;
        }

        /** Adds one to priceIds. */
        public Builder addPriceId(String priceId) {
            if (this.priceIds == null) {
                this.priceIds = new ArrayList<>();
            }
            this.priceIds.add(priceId);
            return this;
        }

        /** Only the prices of these plans. */
        public Builder planIds(List<String> planIds) {
            this.planIds = planIds == null ? null : new ArrayList<>(planIds);
            return this;
        }

        /** Adds one to planIds. */
        public Builder addPlanId(String planId) {
            if (this.planIds == null) {
                this.planIds = new ArrayList<>();
            }
            this.planIds.add(planId);
            return this;
        }

        /** Only the prices of these entities. */
        public Builder entityIds(List<String> entityIds) {
            this.entityIds = entityIds == null ? null : new ArrayList<>(entityIds);
            return this;
        }

        /** Adds one to entityIds. */
        public Builder addEntityId(String entityId) {
            if (this.entityIds == null) {
                this.entityIds = new ArrayList<>();
            }
            this.entityIds.add(entityId);
            return this;
        }

        /** Only the prices on these meters. */
        public Builder meterIds(List<String> meterIds) {
            this.meterIds = meterIds == null ? null : new ArrayList<>(meterIds);
            return this;
        }

        /** Adds one to meterIds. */
        public Builder addMeterId(String meterId) {
            if (this.meterIds == null) {
                this.meterIds = new ArrayList<>();
            }
            this.meterIds.add(meterId);
            return this;
        }

        /** Only the prices of this kind of entity. */
        public Builder entityType(PriceEntityType entityType) {
            this.entityType = entityType;
            return this;
        }

        /** Only the later versions of this price. */
        public Builder parentPriceId(String parentPriceId) {
            this.parentPriceId = parentPriceId;
            return this;
        }

        /** Whether prices that have ended are listed too. */
        public Builder allowExpiredPrices(Boolean allowExpiredPrices) {
            this.allowExpiredPrices = allowExpiredPrices;
            return this;
        }

        /** Only prices that start before this time. */
        public Builder startDateLt(Instant startDateLt) {
            this.startDateLt = startDateLt;
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

        public PriceListParams build() {
            return new PriceListParams(priceIds, planIds, entityIds, meterIds, entityType, parentPriceId,
                    allowExpiredPrices, startDateLt, status, limit, offset, order);
        }
    }
}
