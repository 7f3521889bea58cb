package io.flexprice.sdk.entitlements;

import io.flexprice.sdk.common.SortOrder;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.EntitlementFilter}, for {@code POST /v1/entitlements/search}; every filter is optional.
 *
 * @param planIds only these plans' entitlements
 * @param entityType only this entity type
 * @param entityIds only these entities'
 * @param featureIds only these features'
 * @param featureType only this feature type
 * @param isEnabled only enabled (or disabled) ones
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless asc
 */
public record EntitlementListParams(List<String> planIds, String entityType, List<String> entityIds,
                                    List<String> featureIds, String featureType, Boolean isEnabled, Integer limit,
                                    Integer offset, SortOrder order) {

    public EntitlementListParams {
        planIds = planIds == null ? null : List.copyOf(planIds);
        entityIds = entityIds == null ? null : List.copyOf(entityIds);
        featureIds = featureIds == null ? null : List.copyOf(featureIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.planIds(planIds);
        b.entityType(entityType);
        b.entityIds(entityIds);
        b.featureIds(featureIds);
        b.featureType(featureType);
        b.isEnabled(isEnabled);
        b.limit(limit);
        b.offset(offset);
        b.order(order);
        return b;
    }

    /** These filters at another offset. */
    public EntitlementListParams withOffset(int newOffset) {
        return toBuilder().offset(newOffset).build();
    }

    /** Builds a {@link EntitlementListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> planIds;
        private String entityType;
        private List<String> entityIds;
        private List<String> featureIds;
        private String featureType;
        private Boolean isEnabled;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these plans' entitlements. */
        public Builder planIds(List<String> planIds) {
            this.planIds = planIds == null ? null : new ArrayList<>(planIds);
            return this;
        }

        /** Adds one to planIds. */
        public Builder addPlanId(String value) {
            if (this.planIds == null) {
                this.planIds = new ArrayList<>();
            }
            this.planIds.add(value);
            return this;
        }

        /** Only this entity type. */
        public Builder entityType(String entityType) {
            this.entityType = entityType;
            return this;
        }

        /** Only these entities'. */
        public Builder entityIds(List<String> entityIds) {
            this.entityIds = entityIds == null ? null : new ArrayList<>(entityIds);
            return this;
        }

        /** Adds one to entityIds. */
        public Builder addEntityId(String value) {
            if (this.entityIds == null) {
                this.entityIds = new ArrayList<>();
            }
            this.entityIds.add(value);
            return this;
        }

        /** Only these features'. */
        public Builder featureIds(List<String> featureIds) {
            this.featureIds = featureIds == null ? null : new ArrayList<>(featureIds);
            return this;
        }

        /** Adds one to featureIds. */
        public Builder addFeatureId(String value) {
            if (this.featureIds == null) {
                this.featureIds = new ArrayList<>();
            }
            this.featureIds.add(value);
            return this;
        }

        /** Only this feature type. */
        public Builder featureType(String featureType) {
            this.featureType = featureType;
            return this;
        }

        /** Only enabled (or disabled) ones. */
        public Builder isEnabled(Boolean isEnabled) {
            this.isEnabled = isEnabled;
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

        public EntitlementListParams build() {
            return new EntitlementListParams(planIds, entityType, entityIds, featureIds, featureType, isEnabled,
                    limit, offset, order);
        }
    }
}
