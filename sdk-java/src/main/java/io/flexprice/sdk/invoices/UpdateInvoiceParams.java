package io.flexprice.sdk.invoices;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateInvoiceRequest}: fields left unset keep their value.
 *
 * @param dueDate when it is due
 * @param invoicePdfUrl a link to its PDF
 * @param metadata your key-value pairs
 */
public record UpdateInvoiceParams(Instant dueDate, String invoicePdfUrl, Map<String, String> metadata) {

    public UpdateInvoiceParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().dueDate(dueDate).invoicePdfUrl(invoicePdfUrl).metadata(metadata);
    }

    /** Builds an {@link UpdateInvoiceParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Instant dueDate;
        private String invoicePdfUrl;
        private Map<String, String> metadata;

        private Builder() {
        }

        public Builder dueDate(Instant dueDate) {
            this.dueDate = dueDate;
            return this;
        }

        public Builder invoicePdfUrl(String invoicePdfUrl) {
            this.invoicePdfUrl = invoicePdfUrl;
            return this;
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

        public UpdateInvoiceParams build() {
            return new UpdateInvoiceParams(dueDate, invoicePdfUrl, metadata);
        }
    }
}
