package io.flexprice.sdk.features;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateFeatureRequest}: fields left unset keep their value; {@code filters}, when set,
 * replace the meter's filters (an empty list removes them).
 *
 * @param name display name
 * @param description description
 * @param unitSingular the unit, singular
 * @param unitPlural the unit, plural
 * @param metadata your key/value pairs
 * @param filters the meter's new filters
 */
public record UpdateFeatureParams(String name, String description, String unitSingular, String unitPlural,
                                  Map<String, String> metadata, List<MeterFilter> filters) {

    public UpdateFeatureParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        filters = filters == null ? null : List.copyOf(filters);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.name = name;
        builder.description = description;
        builder.unitSingular = unitSingular;
        builder.unitPlural = unitPlural;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.filters = filters == null ? null : new ArrayList<>(filters);
        return builder;
    }

    /** Builds a {@link UpdateFeatureParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String description;
        private String unitSingular;
        private String unitPlural;
        private Map<String, String> metadata;
        private List<MeterFilter> filters;

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

        /** The meter's new filters. */
        public Builder filters(List<MeterFilter> filters) {
            this.filters = filters == null ? null : new ArrayList<>(filters);
            return this;
        }

        /** Adds one to filters. */
        public Builder addFilter(MeterFilter filter) {
            if (this.filters == null) {
                this.filters = new ArrayList<>();
            }
            this.filters.add(filter);
            return this;
        }

        public UpdateFeatureParams build() {
            return new UpdateFeatureParams(name, description, unitSingular, unitPlural, metadata, filters);
        }
    }
}
