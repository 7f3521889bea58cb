package io.flexprice.sdk.addons;

import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code types.AddonFilter}, for {@code POST /v1/addons/search}; every filter is optional.
 *
 * @param addonIds only these addons
 * @param lookupKeys only the addons with these lookup keys
 * @param addonType only this type
 * @param status only this status
 * @param limit the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by creation time, newest first unless {@code asc}
 */
public record AddonListParams(List<String> addonIds, List<String> lookupKeys, AddonType addonType, Status status,
                              Integer limit, Integer offset, SortOrder order) {

    public AddonListParams {
        addonIds = addonIds == null ? null : List.copyOf(addonIds);
        lookupKeys = lookupKeys == null ? null : List.copyOf(lookupKeys);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.addonIds = addonIds == null ? null : new ArrayList<>(addonIds);
        builder.lookupKeys = lookupKeys == null ? null : new ArrayList<>(lookupKeys);
        builder.addonType = addonType;
        builder.status = status;
        builder.limit = limit;
        builder.offset = offset;
        builder.order = order;
        return builder;
    }

    /** These filters at another offset. */
    public AddonListParams withOffset(int newOffset) {
        return new AddonListParams(addonIds, lookupKeys, addonType, status, limit, newOffset, order);
    }

    /** Builds a {@link AddonListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private List<String> addonIds;
        private List<String> lookupKeys;
        private AddonType addonType;
        private Status status;
        private Integer limit;
        private Integer offset;
        private SortOrder order;

        private Builder() {
        }

        /** Only these addons. */
        public Builder addonIds(List<String> addonIds) {
            this.addonIds = addonIds == null ? null : new ArrayList<>(addonIds);
            return this;
        }

        /** Adds one to addonIds. */
        public Builder addAddonId(String addonId) {
            if (this.addonIds == null) {
                this.addonIds = new ArrayList<>();
            }
            this.addonIds.add(addonId);
            return this;
        }

        /** Only the addons with these lookup keys. */
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

        /** Only this type. */
        public Builder addonType(AddonType addonType) {
            this.addonType = addonType;
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

        public AddonListParams build() {
            return new AddonListParams(addonIds, lookupKeys, addonType, status, limit, offset, order);
        }
    }
}
