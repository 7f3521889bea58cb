package io.flexprice.domain.pricing;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/** What a quantity costs under a price (MISSION §2-3, FlexPrice's price service). */
public final class PriceCalculator {

    private PriceCalculator() {
    }

    /**
     * The exact amount {@code quantity} costs under {@code price}: computed without rounding and returned at
     * {@link Money#WORKING_SCALE}, not rounded to the currency's minor unit. Rounding happens once, per
     * invoice line, with {@link Money#roundedToMinorUnit()}.
     *
     * <ul>
     *   <li>A quantity of zero costs nothing under every model: no package is started and no tier, hence no
     *       tier's flat amount, is reached (as FlexPrice).</li>
     *   <li>FLAT_FEE: quantity × amount. For a FIXED price the quantity is 1, or the number of seats.</li>
     *   <li>PACKAGE: the number of packages ({@link TransformQuantity#packages}) × amount. Rounding up, any
     *       quantity below one package costs one package; rounding down, it costs nothing.</li>
     *   <li>TIERED VOLUME: every unit at the unit amount of the one tier that contains the total quantity
     *       (the first whose inclusive {@code up_to} is at least the quantity), plus that tier's flat amount.
     *       </li>
     *   <li>TIERED SLAB: the quantity fills the tiers in order; the units inside each tier cost that tier's
     *       unit amount, and every tier that holds some of the quantity adds its flat amount once. A quantity
     *       exactly on a boundary does not reach the next tier.</li>
     * </ul>
     *
     * @throws ValidationException naming {@code quantity} if it is negative
     */
    public static Money amount(Price price, BigDecimal quantity) {
        Objects.requireNonNull(price, "price");
        Objects.requireNonNull(quantity, "quantity");
        if (quantity.signum() < 0) {
            throw ValidationException.of("quantity", "must not be negative");
        }
        if (quantity.signum() == 0) {
            return Money.zero(price.currency());
        }
        BigDecimal exact = switch (price.billingModel()) {
            case FLAT_FEE -> price.amount().multiply(quantity);
            case PACKAGE -> price.amount().multiply(price.transformQuantity().packages(quantity));
            case TIERED -> switch (price.tierMode()) {
                case VOLUME -> volume(price.tiers(), quantity);
                case SLAB -> slab(price.tiers(), quantity);
            };
        };
        return new Money(exact, price.currency());
    }

    private static BigDecimal volume(List<PriceTier> tiers, BigDecimal quantity) {
        // the last tier is unbounded, so some tier always contains the quantity
        PriceTier tier = tiers.stream().filter(t -> t.contains(quantity)).findFirst().orElseThrow();
        return tier.charge(quantity);
    }

    private static BigDecimal slab(List<PriceTier> tiers, BigDecimal quantity) {
        BigDecimal total = BigDecimal.ZERO;
        BigDecimal filled = BigDecimal.ZERO;
        for (PriceTier tier : tiers) {
            if (filled.compareTo(quantity) >= 0) {
                break;
            }
            BigDecimal top = tier.contains(quantity) ? quantity : tier.upTo();
            total = total.add(tier.charge(top.subtract(filled)));
            filled = top;
        }
        return total;
    }
}
