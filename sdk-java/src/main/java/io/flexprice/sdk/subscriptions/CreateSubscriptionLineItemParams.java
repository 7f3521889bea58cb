package io.flexprice.sdk.subscriptions;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.CreateSubscriptionLineItemRequest}, in a new subscription and for
 * {@code POST /v1/subscriptions/{id}/lineitems}: a stored price with a quantity (a JSON number).
 *
 * @param priceId the price to charge
 * @param quantity the quantity of a fixed price (seats; default the price's least quantity)
 * @param displayName display name
 * @param startDate from when it charges (default now)
 * @param endDate from when it no longer charges
 * @param metadata your key/value pairs
 */
public record CreateSubscriptionLineItemParams(String priceId, BigDecimal quantity, String displayName,
                                               Instant startDate, Instant endDate, Map<String, String> metadata) {

    public CreateSubscriptionLineItemParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.priceId = priceId;
        builder.quantity = quantity;
        builder.displayName = displayName;
        builder.startDate = startDate;
        builder.endDate = endDate;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        return builder;
    }

    /** Builds a {@link CreateSubscriptionLineItemParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String priceId;
        private BigDecimal quantity;
        private String displayName;
        private Instant startDate;
        private Instant endDate;
        private Map<String, String> metadata;

        private Builder() {
        }

        /** The price to charge. */
        public Builder priceId(String priceId) {
            this.priceId = priceId;
            return this;
        }

        /** The quantity of a fixed price (seats; default the price's least quantity). */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** The quantity of a fixed price (seats; default the price's least quantity), from its decimal text ({@code "12.34"}). */
        public Builder quantity(String quantity) {
            this.quantity = quantity == null ? null : new BigDecimal(quantity);
            return this;
        }

        /** Display name. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** From when it charges (default now). */
        public Builder startDate(Instant startDate) {
            this.startDate = startDate;
            return this;
        }

        /** From when it no longer charges. */
        public Builder endDate(Instant endDate) {
            this.endDate = endDate;
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

        public CreateSubscriptionLineItemParams build() {
            return new CreateSubscriptionLineItemParams(priceId, quantity, displayName, startDate, endDate, metadata);
        }
    }
}
