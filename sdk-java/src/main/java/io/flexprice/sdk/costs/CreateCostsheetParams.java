package io.flexprice.sdk.costs;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateCostsheetRequest}.
 *
 * @param name name (required)
 * @param description description
 * @param lookupKey your key for it
 * @param metadata your key-value pairs
 */
public record CreateCostsheetParams(String name, String description, String lookupKey, Map<String, String> metadata) {

    public CreateCostsheetParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.name(name);
        b.description(description);
        b.lookupKey(lookupKey);
        b.metadata(metadata);
        return b;
    }

    /** Builds a {@link CreateCostsheetParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String description;
        private String lookupKey;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Name (required). */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Your key for it. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Your key-value pairs. */
        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        /** Adds one to metadata. */
        public Builder putMetadata(String key, String value) {
            if (this.metadata == null) {
                this.metadata = new LinkedHashMap<>();
            }
            this.metadata.put(key, value);
            return this;
        }

        public CreateCostsheetParams build() {
            return new CreateCostsheetParams(name, description, lookupKey, metadata);
        }
    }
}
