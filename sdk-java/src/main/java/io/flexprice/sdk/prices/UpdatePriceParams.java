package io.flexprice.sdk.prices;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePriceRequest}: fields left unset keep their value. (A change of a price's terms
 * is a new price.)
 *
 * @param lookupKey your unique key for the price
 * @param displayName display name
 * @param description description
 * @param metadata your key/value pairs
 */
public record UpdatePriceParams(String lookupKey, String displayName, String description,
                                Map<String, String> metadata) {

    public UpdatePriceParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.lookupKey = lookupKey;
        builder.displayName = displayName;
        builder.description = description;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link UpdatePriceParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String lookupKey;
        private String displayName;
        private String description;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Your unique key for the price. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Display name. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
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

        public UpdatePriceParams build() {
            return new UpdatePriceParams(lookupKey, displayName, description, metadata);
        }
    }
}
