package io.flexprice.sdk.plans;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.PlanFilter}, for {@code POST /v1/plans/search}; every filter is optional.
 *
 * @param planIds only these plans
 * @param lookupKey only the plan with this lookup key
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record PlanListParams(List<String> planIds, String lookupKey, Status status, Integer limit, Integer offset,
                             SortOrder order) {

    public PlanListParams {
        planIds = planIds == null ? null : List.copyOf(planIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.planIds = planIds == null ? null : new ArrayList<>(planIds);
        builder.lookupKey = lookupKey;
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public PlanListParams withOffset(int newOffset) {
        return new PlanListParams(planIds, lookupKey, status, limit, newOffset, order);
    }

    /** Builds a {@link PlanListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> planIds;
        private String lookupKey;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these plans. */
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

        /** Only the plan with this lookup key. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
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

        public PlanListParams build() {
            return new PlanListParams(planIds, lookupKey, status, limit, offset, order);
        }
    }
}
