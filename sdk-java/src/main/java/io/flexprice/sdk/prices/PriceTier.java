package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;

/**
 * FlexPrice's {@code price.PriceTier} (and {@code dto.CreatePriceTier}): quantities up to and including
 * {@code upTo} (absent on the last tier) cost {@code unitAmount} each, plus {@code flatAmount} once.
 * Amounts travel as decimal strings, {@code upTo} as a number.
 *
 * @param upTo the tier's inclusive upper bound; null on the last tier
 * @param unitAmount the amount per unit
 * @param flatAmount an amount charged once when the tier is reached
 */
public record PriceTier(BigDecimal upTo, @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal unitAmount,
                        @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal flatAmount) {

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.upTo = upTo;
        builder.unitAmount = unitAmount;
        builder.flatAmount = flatAmount;
        return builder;
    }

    /** A tier up to {@code upTo} at {@code unitAmount} per unit. */
    public static PriceTier upTo(String upTo, String unitAmount) {
        return new PriceTier(new BigDecimal(upTo), new BigDecimal(unitAmount), null);
    }

    /** The last, unbounded tier at {@code unitAmount} per unit. */
    public static PriceTier above(String unitAmount) {
        return new PriceTier(null, new BigDecimal(unitAmount), null);
    }

    /** Builds a {@link PriceTier}; unset fields are left out of the request. */
    public static final class Builder {
        private BigDecimal upTo;
        private BigDecimal unitAmount;
        private BigDecimal flatAmount;

        private Builder() {
        }

        /** The tier's inclusive upper bound; null on the last tier. */
        public Builder upTo(BigDecimal upTo) {
            this.upTo = upTo;
            return this;
        }

        /** The tier's inclusive upper bound; null on the last tier, from its decimal text ({@code "12.34"}). */
        public Builder upTo(String upTo) {
            this.upTo = upTo == null ? null : new BigDecimal(upTo);
            return this;
        }

        /** The amount per unit. */
        public Builder unitAmount(BigDecimal unitAmount) {
            this.unitAmount = unitAmount;
            return this;
        }

        /** The amount per unit, from its decimal text ({@code "12.34"}). */
        public Builder unitAmount(String unitAmount) {
            this.unitAmount = unitAmount == null ? null : new BigDecimal(unitAmount);
            return this;
        }

        /** An amount charged once when the tier is reached. */
        public Builder flatAmount(BigDecimal flatAmount) {
            this.flatAmount = flatAmount;
            return this;
        }

        /** An amount charged once when the tier is reached, from its decimal text ({@code "12.34"}). */
        public Builder flatAmount(String flatAmount) {
            this.flatAmount = flatAmount == null ? null : new BigDecimal(flatAmount);
            return this;
        }

        public PriceTier build() {
            return new PriceTier(upTo, unitAmount, flatAmount);
        }
    }
}
