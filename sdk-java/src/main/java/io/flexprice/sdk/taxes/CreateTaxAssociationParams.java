package io.flexprice.sdk.taxes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateTaxAssociationRequest}, for {@code POST /v1/taxes/associations}: the rate by its
 * code, and what it attaches to (by {@code entityType} and {@code entityId}, or a customer by
 * {@code externalCustomerId}). {@code startDate} and {@code endDate} are extensions of this server.
 *
 * @param taxRateCode the rate's code
 * @param entityType what the rate is attached to
 * @param entityId the id of what it is attached to (the tenant's is filled in for {@code tenant})
 * @param externalCustomerId a customer by your id, instead of {@code entityType} and {@code entityId}
 * @param priority the order among rates at one level, lower first (default 0)
 * @param autoApply whether it applies without being named (default false)
 * @param currency the only currency it applies in (required for a fixed rate)
 * @param metadata your key/value pairs
 * @param startDate from when it applies (extension; default: from the beginning)
 * @param endDate from when it no longer applies (extension)
 */
public record CreateTaxAssociationParams(String taxRateCode, TaxRateEntityType entityType, String entityId,
                                         String externalCustomerId, Integer priority, Boolean autoApply,
                                         String currency, Map<String, String> metadata, Instant startDate,
                                         Instant endDate) {

    public CreateTaxAssociationParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.taxRateCode = taxRateCode;
        builder.entityType = entityType;
        builder.entityId = entityId;
        builder.externalCustomerId = externalCustomerId;
        builder.priority = priority;
        builder.autoApply = autoApply;
        builder.currency = currency;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.startDate = startDate;
        builder.endDate = endDate;
        return builder;
    }

    /** Builds a {@link CreateTaxAssociationParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String taxRateCode;
        private TaxRateEntityType entityType;
        private String entityId;
        private String externalCustomerId;
        private Integer priority;
        private Boolean autoApply;
        private String currency;
        private Map<String, String> metadata;
        private Instant startDate;
        private Instant endDate;

        private Builder() {
        }

        /** The rate's code. */
        public Builder taxRateCode(String taxRateCode) {
            this.taxRateCode = taxRateCode;
            return this;
        }

        /** What the rate is attached to. */
        public Builder entityType(TaxRateEntityType entityType) {
            this.entityType = entityType;
            return this;
        }

        /** The id of what it is attached to (the tenant's is filled in for {@code tenant}). */
        public Builder entityId(String entityId) {
            this.entityId = entityId;
            return this;
        }

        /** A customer by your id, instead of {@code entityType} and {@code entityId}. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** The order among rates at one level, lower first (default 0). */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /** Whether it applies without being named (default false). */
        public Builder autoApply(Boolean autoApply) {
            this.autoApply = autoApply;
            return this;
        }

        /** The only currency it applies in (required for a fixed rate). */
        public Builder currency(String currency) {
            this.currency = currency;
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

        /** From when it applies (extension; default: from the beginning). */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /** From when it no longer applies (extension). */
        public Builder endDate(Instant endDate) {
            this.endDate = endDate;
            return this;
        }

        public CreateTaxAssociationParams build() {
            return new CreateTaxAssociationParams(taxRateCode, entityType, entityId, externalCustomerId, priority,
                    autoApply, currency, metadata, startDate, endDate);
        }
    }
}
