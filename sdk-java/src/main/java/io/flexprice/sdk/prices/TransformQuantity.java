package io.flexprice.sdk.prices;

import java.math.BigDecimal;

/**
 * FlexPrice's {@code price.TransformQuantity}: a package price divides the quantity by {@code divideBy} and rounds.
 *
 * @param divideBy the package size
 * @param round how the quotient is rounded
 */
public record TransformQuantity(BigDecimal divideBy, RoundType round) {

    public static TransformQuantity of(String divideBy, RoundType round) {
        return new TransformQuantity(new BigDecimal(divideBy), round);
    }

}
