package io.flexprice.domain.pricing;

import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;

/**
 * Turns a quantity into a number of packages of {@code divideBy} units for a PACKAGE price. {@code round}
 * defaults to {@link RoundType#UP}, as in FlexPrice.
 */
public record TransformQuantity(BigDecimal divideBy, RoundType round) {

    public TransformQuantity {
        round = round == null ? RoundType.UP : round;
        new Violations()
                .require(divideBy != null && divideBy.signum() > 0, "transform_quantity.divide_by",
                        "must be greater than 0")
                .throwIfAny();
    }

    /**
     * The whole number of packages a non-negative {@code quantity} makes: with UP, 250 units in packages
     * of 100 are 3 packages and 1 unit is 1; with DOWN they are 2 and 0. This rounds a count of packages,
     * never an amount of money.
     */
    public BigDecimal packages(BigDecimal quantity) {
        return quantity.divide(divideBy, 0, round.roundingMode());
    }
}
