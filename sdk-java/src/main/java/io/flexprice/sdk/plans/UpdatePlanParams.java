package io.flexprice.sdk.plans;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePlanRequest}: fields left unset keep their value.
 *
 * @param name display name
 * @param description description
 * @param lookupKey your unique key for the plan
 * @param metadata your key/value pairs
 */
public record UpdatePlanParams(String name, String description, String lookupKey, Map<String, String> metadata) {

    public UpdatePlanParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.description = description;
        builder.lookupKey = lookupKey;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link UpdatePlanParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String description;
        private String lookupKey;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Your unique key for the plan. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Your key/value pairs. */
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

        public UpdatePlanParams build() {
            return new UpdatePlanParams(name, description, lookupKey, metadata);
        }
    }
}
