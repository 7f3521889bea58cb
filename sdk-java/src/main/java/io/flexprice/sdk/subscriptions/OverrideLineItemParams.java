package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.PriceTier;
import io.flexprice.sdk.prices.TierMode;
import io.flexprice.sdk.prices.TransformQuantity;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * FlexPrice's {@code dto.OverrideLineItemRequest}: one of the plan's prices changed for this subscription only.
 * Amounts and the quantity travel as decimal strings.
 *
 * @param priceId the plan's price to override
 * @param amount the amount instead of the price's
 * @param quantity the quantity of a fixed price
 * @param billingModel flat fee, package or tiered instead of the price's
 * @param tierMode volume or slab
 * @param tiers the tiers instead of the price's
 * @param transformQuantity the package instead of the price's
 */
public record OverrideLineItemParams(String priceId, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal amount,
                                     @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal quantity,
                                     BillingModel billingModel, TierMode tierMode, List<PriceTier> tiers,
                                     TransformQuantity transformQuantity) {

    public OverrideLineItemParams {
        tiers = tiers == null ? null : List.copyOf(tiers);
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.priceId = priceId;
        builder.amount = amount;
        builder.quantity = quantity;
        builder.billingModel = billingModel;
        builder.tierMode = tierMode;
        builder.tiers = tiers == null ? null : new ArrayList<>(tiers);
        builder.transformQuantity = transformQuantity;
        return builder;
    }

    /** Builds a {@link OverrideLineItemParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String priceId;
        private BigDecimal amount;
        private BigDecimal quantity;
        private BillingModel billingModel;
        private TierMode tierMode;
        private List<PriceTier> tiers;
        private TransformQuantity transformQuantity;

        private Builder() {
        }

        /** The plan's price to override. */
        public Builder priceId(String priceId) {
            this.priceId = priceId;
            return this;
        }

        /** The amount instead of the price's. */
        public Builder amount(BigDecimal amount) {
            this.amount = amount;
            return this;
        }

        /** The amount instead of the price's, from its decimal text ({@code "12.34"}). */
        public Builder amount(String amount) {
            this.amount = amount == null ? null : new BigDecimal(amount);
            return this;
        }

        /** The quantity of a fixed price. */
        public Builder quantity(BigDecimal quantity) {
            this.quantity = quantity;
            return this;
        }

        /** The quantity of a fixed price, from its decimal text ({@code "12.34"}). */
        public Builder quantity(String quantity) {
            this.quantity = quantity == null ? null : new BigDecimal(quantity);
            return this;
        }

        /** Flat fee, package or tiered instead of the price's. */
        public Builder billingModel(BillingModel billingModel) {
            this.billingModel = billingModel;
            return this;
        }

        /** Volume or slab. */
        public Builder tierMode(TierMode tierMode) {
            this.tierMode = tierMode;
            return this;
        }

        /** The tiers instead of the price's. */
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

        /** The package instead of the price's. */
        public Builder transformQuantity(TransformQuantity transformQuantity) {
            this.transformQuantity = transformQuantity;
            return this;
        }

        public OverrideLineItemParams build() {
            return new OverrideLineItemParams(priceId, amount, quantity, billingModel, tierMode, tiers,
                    transformQuantity);
        }
    }
}
