package io.flexprice.sdk.creditgrants;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateCreditGrantRequest}: the name and the metadata; unset leaves them as they are.
 *
 * @param name the new name
 * @param metadata the new metadata
 */
public record UpdateCreditGrantParams(String name, Map<String, String> metadata) {

    public UpdateCreditGrantParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().name(name).metadata(metadata);
    }

    /** Builds an {@link UpdateCreditGrantParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** The new name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** The new metadata (replaces it whole). */
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

        public UpdateCreditGrantParams build() {
            return new UpdateCreditGrantParams(name, metadata);
        }
    }
}
