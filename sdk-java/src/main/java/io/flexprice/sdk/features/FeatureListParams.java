package io.flexprice.sdk.features;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.FeatureFilter}, for {@code POST /v1/features/search}; every filter is optional.
 *
 * @param featureIds only these features
 * @param lookupKeys only these lookup keys
 * @param meterIds only the features of these meters
 * @param nameContains only names containing this
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record FeatureListParams(List<String> featureIds, List<String> lookupKeys, List<String> meterIds,
                                String nameContains, Status status, Integer limit, Integer offset, SortOrder order) {

    public FeatureListParams {
        featureIds = featureIds == null ? null : List.copyOf(featureIds);
        lookupKeys = lookupKeys == null ? null : List.copyOf(lookupKeys);
        meterIds = meterIds == null ? null : List.copyOf(meterIds);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.featureIds = featureIds == null ? null : new ArrayList<>(featureIds);
        builder.lookupKeys = lookupKeys == null ? null : new ArrayList<>(lookupKeys);
        builder.meterIds = meterIds == null ? null : new ArrayList<>(meterIds);
        builder.nameContains = nameContains;
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public FeatureListParams withOffset(int newOffset) {
        return new FeatureListParams(featureIds, lookupKeys, meterIds, nameContains, status, limit, newOffset, order);
    }

    /** Builds a {@link FeatureListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> featureIds;
        private List<String> lookupKeys;
        private List<String> meterIds;
        private String nameContains;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these features. */
        public Builder featureIds(List<String> featureIds) {
            this.featureIds = featureIds == null ? null : new ArrayList<>(featureIds);
            return this;
        }

        /** Adds one to featureIds. */
        public Builder addFeatureId(String featureId) {
            if (this.featureIds == null) {
                this.featureIds = new ArrayList<>();
            }
            this.featureIds.add(featureId);
            return this;
        }

        /** Only these lookup keys. */
        public Builder lookupKeys(List<String> lookupKeys) {
            this.lookupKeys = lookupKeys == null ? null : new ArrayList<>(lookupKeys);
            return this;
        }

        /** Adds one to lookupKeys. */
        public Builder addLookupKey(String lookupKey) {
            if (this.lookupKeys == null) {
                this.lookupKeys = new ArrayList<>();
            }
            this.lookupKeys.add(lookupKey);
            return this;
        }

        /** Only the features of these meters. */
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

        /** Only names containing this. */
        public Builder nameContains(String nameContains) {
            this.nameContains = nameContains;
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

        public FeatureListParams build() {
            return new FeatureListParams(featureIds, lookupKeys, meterIds, nameContains, status, limit, offset, order);
        }
    }
}
