package io.flexprice.sdk.invoices;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.InvoiceVoidRequest}.
 *
 * @param metadata merged into the invoice's metadata
 */
public record VoidInvoiceParams(Map<String, String> metadata) {

    public VoidInvoiceParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().metadata(metadata);
    }

    /** Builds a {@link VoidInvoiceParams}. */
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

        public VoidInvoiceParams build() {
            return new VoidInvoiceParams(metadata);
        }
    }
}
