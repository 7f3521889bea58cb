package io.flexprice.sdk.subscriptions;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.AddAddonRequest}: the addon's prices in the subscription's currency become line items.
 *
 * @param subscriptionId the subscription (required)
 * @param addonId the addon (required)
 * @param startDate from when (default: now)
 * @param metadata your key-value pairs
 */
public record AddSubscriptionAddonParams(String subscriptionId, String addonId, Instant startDate,
                                         Map<String, String> metadata) {

    public AddSubscriptionAddonParams {
        metadata = metadata == null ? null : Map.copyOf(metadata);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.subscriptionId(subscriptionId);
        b.addonId(addonId);
        b.startDate(startDate);
        b.metadata(metadata);
        return b;
    }

    /** Builds a {@link AddSubscriptionAddonParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String subscriptionId;
        private String addonId;
        private Instant startDate;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** The subscription (required). */
        public Builder subscriptionId(String subscriptionId) {
            this.subscriptionId = subscriptionId;
            return this;
        }

        /** The addon (required). */
        public Builder addonId(String addonId) {
            this.addonId = addonId;
            return this;
        }

        /** From when (default: now). */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /** Your key-value pairs. */
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

        public AddSubscriptionAddonParams build() {
            return new AddSubscriptionAddonParams(subscriptionId, addonId, startDate, metadata);
        }
    }
}
