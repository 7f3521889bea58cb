package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateTaxRateRequest}, for {@code POST /v1/taxes/rates} ({@code name} and {@code code}
 * required). Values travel as decimal strings.
 *
 * @param name display name
 * @param code your unique code, e.g. {@code GST_18}
 * @param description description
 * @param taxRateType percentage or fixed
 * @param percentageValue the percentage, for a percentage rate
 * @param fixedValue the amount, for a fixed rate
 * @param scope internal (the default), external or one time
 * @param metadata your key/value pairs
 */
public record CreateTaxRateParams(String name, String code, String description, TaxRateType taxRateType,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal percentageValue,
                                  @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal fixedValue,
                                  TaxRateScope scope, Map<String, String> metadata) {

    public CreateTaxRateParams {
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
        builder.taxRateType = taxRateType;
        builder.percentageValue = percentageValue;
        builder.fixedValue = fixedValue;
        builder.scope = scope;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link CreateTaxRateParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String code;
        private String description;
        private TaxRateType taxRateType;
        private BigDecimal percentageValue;
        private BigDecimal fixedValue;
        private TaxRateScope scope;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Your unique code, e.g. {@code GST_18}. */
        public Builder code(String code) {
            this.code = code;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Percentage or fixed. */
        public Builder taxRateType(TaxRateType taxRateType) {
            this.taxRateType = taxRateType;
            return this;
        }

        /** The percentage, for a percentage rate. */
        public Builder percentageValue(BigDecimal percentageValue) {
            this.percentageValue = percentageValue;
            return this;
        }

        /** The percentage, for a percentage rate, from its decimal text ({@code "12.34"}). */
        public Builder percentageValue(String percentageValue) {
            this.percentageValue = percentageValue == null ? null : new BigDecimal(percentageValue);
            return this;
        }

        /** The amount, for a fixed rate. */
        public Builder fixedValue(BigDecimal fixedValue) {
            this.fixedValue = fixedValue;
            return this;
        }

        /** The amount, for a fixed rate, from its decimal text ({@code "12.34"}). */
        public Builder fixedValue(String fixedValue) {
            this.fixedValue = fixedValue == null ? null : new BigDecimal(fixedValue);
            return this;
        }

        /** Internal (the default), external or one time. */
        public Builder scope(TaxRateScope scope) {
            this.scope = scope;
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

        public CreateTaxRateParams build() {
            return new CreateTaxRateParams(name, code, description, taxRateType, percentageValue, fixedValue, scope,
                    metadata);
        }
    }
}
