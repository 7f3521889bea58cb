package io.flexprice.sdk.addons;

import io.flexprice.sdk.prices.CreatePriceParams;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateAddonRequest}, for {@code POST /v1/addons} ({@code name}, {@code lookupKey} and
 * {@code type} required). {@code prices} is an extension of this server: prices created with the addon, as with
 * plans (their {@code entityType} and {@code entityId} may be left unset); FlexPrice's server ignores it.
 *
 * @param name display name
 * @param description description
 * @param lookupKey your unique key for the addon
 * @param type once or multiple instances per subscription
 * @param metadata your key/value pairs
 * @param prices the addon's prices (extension)
 */
public record CreateAddonParams(String name, String description, String lookupKey, AddonType type,
                                Map<String, String> metadata, List<CreatePriceParams> prices) {

    public CreateAddonParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        prices = prices == null ? null : List.copyOf(prices);
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
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.prices = prices == null ? null : new ArrayList<>(prices);
        return builder;
    }

    /** Builds a {@link CreateAddonParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String name;
        private String description;
        private String lookupKey;
        private AddonType type;
        private Map<String, String> metadata;
        private List<CreatePriceParams> prices;

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

        /** Your unique key for the addon. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Once or multiple instances per subscription. */
        public Builder type(AddonType type) {
            this.type = type;
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

        /** The addon's prices (extension). */
        public Builder prices(List<CreatePriceParams> prices) {
            this.prices = prices == null ? null : new ArrayList<>(prices);
            return this;
        }

        /** Adds one to prices. */
        public Builder addPrice(CreatePriceParams price) {
            if (this.prices == null) {
                this.prices = new ArrayList<>();
            }
            this.prices.add(price);
            return this;
        }

        public CreateAddonParams build() {
            return new CreateAddonParams(name, description, lookupKey, type, metadata, prices);
        }
    }
}
