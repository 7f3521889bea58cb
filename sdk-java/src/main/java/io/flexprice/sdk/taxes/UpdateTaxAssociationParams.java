package io.flexprice.sdk.taxes;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.TaxAssociationUpdateRequest}: fields left unset keep their value. {@code endDate} is an
 * extension of this server.
 *
 * @param priority the order among rates at one level, lower first
 * @param autoApply whether it applies without being named
 * @param metadata your key/value pairs
 * @param endDate from when it no longer applies (extension)
 */
public record UpdateTaxAssociationParams(Integer priority, Boolean autoApply, Map<String, String> metadata,
                                         Instant endDate) {

    public UpdateTaxAssociationParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.priority = priority;
        builder.autoApply = autoApply;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.endDate = endDate;
        return builder;
    }

    /** Builds a {@link UpdateTaxAssociationParams}; unset fields are left out of the request. */
    public static final class Builder {
        private Integer priority;
        private Boolean autoApply;
        private Map<String, String> metadata;
        private Instant endDate;

        private Builder() {
        }

        /** The order among rates at one level, lower first. */
        public Builder priority(Integer priority) {
            this.priority = priority;
            return this;
        }

        /** Whether it applies without being named. */
        public Builder autoApply(Boolean autoApply) {
            this.autoApply = autoApply;
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

        /** From when it no longer applies (extension). */
        public Builder endDate(Instant endDate) {
            this.endDate = endDate;
            return this;
        }

        public UpdateTaxAssociationParams build() {
            return new UpdateTaxAssociationParams(priority, autoApply, metadata, endDate);
        }
    }
}
