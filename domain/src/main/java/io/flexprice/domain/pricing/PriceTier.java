package io.flexprice.domain.pricing;

import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;

/**
 * One band of a tiered price. {@code upTo} is inclusive (a quantity equal to it belongs to this tier, not
 * the next); null marks the last, unbounded tier. {@code flatAmount} (zero when absent) is charged once
 * when the tier is used, on top of {@code unitAmount} per unit.
 */
public record PriceTier(BigDecimal upTo, BigDecimal unitAmount, BigDecimal flatAmount) {

    public PriceTier {
        flatAmount = flatAmount == null ? BigDecimal.ZERO : flatAmount;
        new Violations()
                .require(upTo == null || upTo.signum() > 0, "up_to", "must be positive")
                .require(unitAmount != null, "unit_amount", "is required")
                .require(unitAmount == null || unitAmount.signum() >= 0, "unit_amount", "must not be negative")
                .require(flatAmount.signum() >= 0, "flat_amount", "must not be negative")
                .throwIfAny();
    }

    /** Whether a total of {@code quantity} stays within this tier's bound. */
    boolean contains(BigDecimal quantity) {
        return upTo == null || quantity.compareTo(upTo) <= 0;
    }

    /** {@code units} at this tier's unit amount, plus its flat amount. */
    BigDecimal charge(BigDecimal units) {
        return unitAmount.multiply(units).add(flatAmount);
    }
}
