package io.flexprice.sdk.invoices;

import java.time.Instant;

/**
 * FlexPrice's {@code dto.GetPreviewInvoiceRequest}.
 *
 * @param subscriptionId the subscription (required)
 * @param periodStart the period to preview: its start; with {@code periodEnd}, or neither for the current one
 * @param periodEnd the period's end
 */
public record PreviewInvoiceParams(String subscriptionId, Instant periodStart, Instant periodEnd) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        return new Builder().subscriptionId(subscriptionId).periodStart(periodStart).periodEnd(periodEnd);
    }

    /** Builds a {@link PreviewInvoiceParams}. */
    public static final class Builder {
        private String subscriptionId;
        private Instant periodStart;
        private Instant periodEnd;

        private Builder() {
        }

        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        public Builder periodStart(Instant periodStart) {
            this.periodStart = periodStart;
            return this;
        }

        public Builder periodEnd(Instant periodEnd) {
            this.periodEnd = periodEnd;
            return this;
        }

        public PreviewInvoiceParams build() {
            return new PreviewInvoiceParams(subscriptionId, periodStart, periodEnd);
        }
    }
}
