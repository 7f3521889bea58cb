package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.prices.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateInvoiceLineItemRequest}: {@code amount} is the line's whole charge.
 *
 * @param amount the line's charge (required)
 * @param quantity the quantity (required by FlexPrice)
 * @param displayName display name
 * @param priceId the price charged, if any
 * @param priceType fixed or usage
 * @param meterId the meter of a usage line
 * @param meterDisplayName the meter's name
 * @param entityId the plan or addon
 * @param entityType {@code plan} or {@code addon}
 * @param planDisplayName the plan's name
 * @param periodStart the period charged: its start
 * @param periodEnd the period charged: its end
 * @param metadata your key-value pairs
 */
public record CreateInvoiceLineItemParams(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                                          @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                                          String displayName, String priceId, PriceType priceType, String meterId,
                                          String meterDisplayName, String entityId, String entityType,
                                          String planDisplayName, Instant periodStart, Instant periodEnd,
                                          Map<String, String> metadata) {

    public CreateInvoiceLineItemParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.amount = amount;
        b.quantity = quantity;
        b.displayName = displayName;
        b.priceId = priceId;
        b.priceType = priceType;
        b.meterId = meterId;
        b.meterDisplayName = meterDisplayName;
        b.entityId = entityId;
        b.entityType = entityType;
        b.planDisplayName = planDisplayName;
        b.periodStart = periodStart;
        b.periodEnd = periodEnd;
        b.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return b;
    }

    /** Builds a {@link CreateInvoiceLineItemParams}; unset fields are left out of the request. */
    public static final class Builder {
        private BigDecimal amount;
        private BigDecimal quantity;
        private String displayName;
        private String priceId;
        private PriceType priceType;
        private String meterId;
        private String meterDisplayName;
        private String entityId;
        private String entityType;
        private String planDisplayName;
        private Instant periodStart;
        private Instant periodEnd;
        private Map<String, String> metadata;

        private Builder() {
        }

        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        public Builder amount(String amount) {
            return amount(amount == null ? null : new BigDecimal(amount));
        }

        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        public Builder quantity(String quantity) {
            return quantity(quantity == null ? null : new BigDecimal(quantity));
        }

        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        public Builder priceId(String priceId) {
            this.priceId = priceId;
            return this;
        }

        public Builder priceType(PriceType priceType) {
            this.priceType = priceType;
            return this;
        }

        public Builder meterId(String meterId) {
            this.meterId = meterId;
            return this;
        }

        public Builder meterDisplayName(String meterDisplayName) {
            this.meterDisplayName = meterDisplayName;
            return this;
        }

        public Builder entityId(String entityId) {
            this.entityId = entityId;
            return this;
        }

        public Builder entityType(String entityType) {
            this.entityType = entityType;
            return this;
        }

        public Builder planDisplayName(String planDisplayName) {
            this.planDisplayName = planDisplayName;
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

        public Builder metadata(Map<String, String> metadata) {
            this.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
            return this;
        }

        public CreateInvoiceLineItemParams build() {
            return new CreateInvoiceLineItemParams(amount, quantity, displayName, priceId, priceType, meterId,
                    meterDisplayName, entityId, entityType, planDisplayName, periodStart, periodEnd, metadata);
        }
    }
}
