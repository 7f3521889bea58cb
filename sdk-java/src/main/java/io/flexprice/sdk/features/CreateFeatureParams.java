package io.flexprice.sdk.features;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateFeatureRequest}, for {@code POST /v1/features}. A {@code metered} feature names an
 * existing meter ({@code meterId}) or describes a new one ({@code meter}).
 *
 * @param name display name
 * @param description description
 * @param lookupKey your unique key for the feature
 * @param type the feature's type
 * @param meterId an existing meter
 * @param meter a new meter
 * @param unitSingular the unit, singular
 * @param unitPlural the unit, plural
 * @param metadata your key/value pairs
 */
public record CreateFeatureParams(String name, String description, String lookupKey, FeatureType type,
                                  String meterId, MeterParams meter, String unitSingular, String unitPlural,
                                  Map<String, String> metadata) {

    public CreateFeatureParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.description = description;
        builder.lookupKey = lookupKey;
        builder.type = type;
        builder.meterId = meterId;
        builder.meter = meter;
        builder.unitSingular = unitSingular;
        builder.unitPlural = unitPlural;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link CreateFeatureParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String description;
        private String lookupKey;
        private FeatureType type;
        private String meterId;
        private MeterParams meter;
        private String unitSingular;
        private String unitPlural;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** Display name. */
        public Builder name(String name) {
            this.name = name;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
            return this;
        }

        /** Your unique key for the feature. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** The feature's type. */
        public Builder type(FeatureType type) {
            this.type = type;
            return this;
        }

        /** An existing meter. */
        public Builder meterId(String meterId) {
            this.meterId = meterId;
            return this;
        }

        /** A new meter. */
        public Builder meter(MeterParams meter) {
            this.meter = meter;
            return this;
        }

        /** The unit, singular. */
        public Builder unitSingular(String unitSingular) {
            this.unitSingular = unitSingular;
            return this;
        }

        /** The unit, plural. */
        public Builder unitPlural(String unitPlural) {
            this.unitPlural = unitPlural;
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

        public CreateFeatureParams build() {
            return new CreateFeatureParams(name, description, lookupKey, type, meterId, meter, unitSingular, unitPlural, metadata);
        }
    }
}
