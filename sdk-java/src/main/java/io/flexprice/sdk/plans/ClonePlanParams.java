package io.flexprice.sdk.plans;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.ClonePlanRequest}, for {@code POST /v1/plans/{id}/clone}: {@code name} (not the source's)
 * and {@code lookupKey} are required; {@code description} and {@code metadata} override the source's (metadata
 * entries are added to the source's). The clone gets copies of the source's current prices.
 *
 * @param name the new plan's name, different from the source's
 * @param lookupKey the new plan's unique key
 * @param description the new plan's description (default: the source's)
 * @param displayOrder FlexPrice's display order (this server ignores it)
 * @param metadata entries added to the source's metadata
 */
public record ClonePlanParams(String name, String lookupKey, String description, Integer displayOrder,
                              Map<String, String> metadata) {

    public ClonePlanParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.lookupKey = lookupKey;
        builder.description = description;
        builder.displayOrder = displayOrder;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link ClonePlanParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String lookupKey;
        private String description;
        private Integer displayOrder;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** The new plan's name, different from the source's. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The new plan's unique key. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** The new plan's description (default: the source's). */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** FlexPrice's display order (this server ignores it). */
        public Builder displayOrder(Integer displayOrder) {
            this.displayOrder = displayOrder;
            return this;
        }

        /** Entries added to the source's metadata. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Sets one entry of metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        public ClonePlanParams build() {
            return new ClonePlanParams(name, lookupKey, description, displayOrder, metadata);
        }
    }
}
