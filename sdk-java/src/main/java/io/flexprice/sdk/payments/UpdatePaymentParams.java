package io.flexprice.sdk.payments;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePaymentRequest}, as far as this server changes a payment: its metadata (a payment's
 * state follows from processing it).
 *
 * @param metadata your key-value pairs
 */
public record UpdatePaymentParams(Map<String, String> metadata) {

    public UpdatePaymentParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().metadata(metadata);
    }

    /** Builds an {@link UpdatePaymentParams}. */
    public static final class Builder {
        private Map<String, String> metadata;

        private Builder() {
        }

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

        public UpdatePaymentParams build() {
            return new UpdatePaymentParams(metadata);
        }
    }
}
