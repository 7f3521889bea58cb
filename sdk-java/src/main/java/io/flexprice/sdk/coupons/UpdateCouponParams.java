package io.flexprice.sdk.coupons;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateCouponRequest}: fields left unset keep their value.
 *
 * @param name display name
 * @param metadata your key/value pairs
 */
public record UpdateCouponParams(String name, Map<String, String> metadata) {

    public UpdateCouponParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link UpdateCouponParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
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

        public UpdateCouponParams build() {
            return new UpdateCouponParams(name, metadata);
        }
    }
}
