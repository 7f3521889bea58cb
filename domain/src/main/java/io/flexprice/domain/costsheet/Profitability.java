package io.flexprice.domain.costsheet;

import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * Revenue against cost over some stretch (FlexPrice's cost analytics): {@code margin} = revenue - cost,
 * {@code marginPercent} = margin / revenue × 100 (0 without revenue), {@code roi} = margin / cost (0 without
 * cost), {@code roiPercent} = roi × 100. Amounts are exact (unrounded); the ratios have 6 decimals, half-up.
 * Revenue and cost are of one currency.
 */
public record Profitability(Money revenue, Money cost) {

    private static final int RATIO_SCALE = 6;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public Profitability {
        Objects.requireNonNull(revenue, "revenue");
        Objects.requireNonNull(cost, "cost");
        revenue.minus(cost); // same currency, or CurrencyMismatchException
    }

    public Money margin() {
        return revenue.minus(cost);
    }

    public BigDecimal marginPercent() {
        if (revenue.amount().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return margin().amount().multiply(HUNDRED).divide(revenue.amount(), RATIO_SCALE, RoundingMode.HALF_UP);
    }

    public BigDecimal roi() {
        if (cost.amount().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return margin().amount().divide(cost.amount(), RATIO_SCALE, RoundingMode.HALF_UP);
    }

    public BigDecimal roiPercent() {
        if (cost.amount().signum() == 0) {
            return BigDecimal.ZERO;
        }
        return margin().amount().multiply(HUNDRED).divide(cost.amount(), RATIO_SCALE, RoundingMode.HALF_UP);
    }
}
