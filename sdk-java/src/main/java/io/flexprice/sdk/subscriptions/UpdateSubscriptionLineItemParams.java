package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.PriceTier;
import io.flexprice.sdk.prices.TierMode;
import io.flexprice.sdk.prices.TransformQuantity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateSubscriptionLineItemRequest}: new terms from {@code effectiveFrom} (default now);
 * the line item ends there and a new one with the new terms follows it. {@code quantity} (a JSON number) is an
 * extension of this server.
 *
 * @param amount the new amount
 * @param billingModel the new billing model
 * @param tierMode the new tier mode
 * @param tiers the new tiers
 * @param transformQuantity the new package
 * @param effectiveFrom when the new terms take effect (default now)
 * @param metadata your key/value pairs
 * @param quantity the new quantity (extension)
 */
public record UpdateSubscriptionLineItemParams(@JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                                               BillingModel billingModel, TierMode tierMode, List<PriceTier> tiers,
                                               TransformQuantity transformQuantity, Instant effectiveFrom,
                                               Map<String, String> metadata, BigDecimal quantity) {

    public UpdateSubscriptionLineItemParams {
        tiers = tiers == null ? null : List.copyOf(tiers);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.amount = amount;
        builder.billingModel = billingModel;
        builder.tierMode = tierMode;
        builder.tiers = tiers == null ? null : new ArrayList<>(tiers);
        builder.transformQuantity = transformQuantity;
        builder.effectiveFrom = effectiveFrom;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.quantity = quantity;
        return builder;
    }

    /** Builds a {@link UpdateSubscriptionLineItemParams}; unset fields are left out of the request. */
    public static final class Builder {
        private BigDecimal amount;
        private BillingModel billingModel;
        private TierMode tierMode;
        private List<PriceTier> tiers;
        private TransformQuantity transformQuantity;
        private Instant effectiveFrom;
        private Map<String, String> metadata;
        private BigDecimal quantity;

        private Builder() {
        }

        /** The new amount. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** The new amount, from its decimal text ({@code "12.34"}). */
        public Builder amount(String amount) {
            this.amount = amount == null ? null : new BigDecimal(amount);
            return this;
        }

        /** The new billing model. */
        public Builder billingModel(BillingModel billingModel) {
            this.billingModel = billingModel;
            return this;
        }

        /** The new tier mode. */
        public Builder tierMode(TierMode tierMode) {
            this.tierMode = tierMode;
            return this;
        }

        /** The new tiers. */
        public Builder tiers(List<PriceTier> tiers) {
            this.tiers = tiers == null ? null : new ArrayList<>(tiers);
            return this;
        }

        /** Adds one to tiers. */
        public Builder addTier(PriceTier tier) {
            if (this.tiers == null) {
                this.tiers = new ArrayList<>();
            }
            this.tiers.add(tier);
            return this;
        }

        /** The new package. */
        public Builder transformQuantity(TransformQuantity transformQuantity) {
            this.transformQuantity = transformQuantity;
            return this;
        }

        /** When the new terms take effect (default now). */
        public Builder effectiveFrom(Instant effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
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

        /** The new quantity (extension). */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** The new quantity (extension), from its decimal text ({@code "12.34"}). */
        public Builder quantity(String quantity) {
            this.quantity = quantity == null ? null : new BigDecimal(quantity);
            return this;
        }

        public UpdateSubscriptionLineItemParams build() {
            return new UpdateSubscriptionLineItemParams(amount, billingModel, tierMode, tiers, transformQuantity,
                    effectiveFrom, metadata, quantity);
        }
    }
}
