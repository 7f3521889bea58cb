package io.flexprice.sdk.taxes;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateTaxRateRequest}: fields left unset keep their value.
 *
 * @param name display name
 * @param code your unique code
 * @param description description
 * @param taxRateStatus active or inactive (an inactive rate cannot be attached)
 * @param metadata your key/value pairs
 */
public record UpdateTaxRateParams(String name, String code, String description, TaxRateStatus taxRateStatus,
                                  Map<String, String> metadata) {

    public UpdateTaxRateParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.code = code;
        builder.description = description;
        builder.taxRateStatus = taxRateStatus;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link UpdateTaxRateParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String code;
        private String description;
        private TaxRateStatus taxRateStatus;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Your unique code. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Active or inactive (an inactive rate cannot be attached). */
        public Builder taxRateStatus(TaxRateStatus taxRateStatus) {
            this.taxRateStatus = taxRateStatus;
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

        public UpdateTaxRateParams build() {
            return new UpdateTaxRateParams(name, code, description, taxRateStatus, metadata);
        }
    }
}
