package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdatePriceRequest}: fields left unset keep their value. {@code lookupKey},
 * {@code displayName}, {@code description} and {@code metadata} change in place. A change of the terms
 * ({@code amount}, {@code billingModel}, {@code tierMode}, {@code tiers}, {@code transformQuantity}) ends the price
 * at {@code effectiveFrom} (default now, never in the past) and answers with the new version that starts there.
 *
 * @param lookupKey your unique key for the price
 * @param displayName display name
 * @param description description
 * @param metadata your key/value pairs
 * @param amount new terms: the amount
 * @param billingModel new terms: flat fee, package or tiered
 * @param tierMode new terms: volume or slab
 * @param tiers new terms: the tiers
 * @param transformQuantity new terms: the package
 * @param effectiveFrom when new terms take effect (default now)
 */
public record UpdatePriceParams(String lookupKey, String displayName, String description, Map<String, String> metadata,
                                @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                                BillingModel billingModel, TierMode tierMode, List<PriceTier> tiers,
                                TransformQuantity transformQuantity, Instant effectiveFrom) {

    public UpdatePriceParams {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.lookupKey = lookupKey;
        builder.displayName = displayName;
        builder.description = description;
        builder.metadata = metadata == null ? null : new LinkedHashMap<>(metadata);
        builder.amount = amount;
        builder.billingModel = billingModel;
        builder.tierMode = tierMode;
        builder.tiers = tiers == null ? null : new ArrayList<>(tiers);
        builder.transformQuantity = transformQuantity;
        builder.effectiveFrom = effectiveFrom;
        return builder;
    }

    /** Builds a {@link UpdatePriceParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String lookupKey;
        private String displayName;
        private String description;
        private Map<String, String> metadata;
        private BigDecimal amount;
        private BillingModel billingModel;
        private TierMode tierMode;
        private List<PriceTier> tiers;
        private TransformQuantity transformQuantity;
        private Instant effectiveFrom;

        private Builder() {
        }

        /** Your unique key for the price. */
        public Builder lookupKey(String lookupKey) {
            this.lookupKey = lookupKey;
            return this;
        }

        /** Display name. */
        public Builder displayName(String displayName) {
            this.displayName = displayName;
            return this;
        }

        /** Description. */
        public Builder description(String description) {
            this.description = description;
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

        /** New terms: the amount. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** New terms: the amount, from its decimal text ({@code "12.34"}). */
        public Builder amount(String amount) {
            this.amount = amount == null ? null : new BigDecimal(amount);
            return this;
        }

        /** New terms: flat fee, package or tiered. */
        public Builder billingModel(BillingModel billingModel) {
            this.billingModel = billingModel;
            return this;
        }

        /** New terms: volume or slab. */
        public Builder tierMode(TierMode tierMode) {
            this.tierMode = tierMode;
            return this;
        }

        /** New terms: the tiers. */
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

        /** New terms: the package. */
        public Builder transformQuantity(TransformQuantity transformQuantity) {
            this.transformQuantity = transformQuantity;
            return this;
        }

        /** When new terms take effect (default now). */
        public Builder effectiveFrom(Instant effectiveFrom) {
            this.effectiveFrom = effectiveFrom;
            return this;
        }

        public UpdatePriceParams build() {
            return new UpdatePriceParams(lookupKey, displayName, description, metadata, amount, billingModel, tierMode,
                    tiers, transformQuantity, effectiveFrom);
        }
    }
}
