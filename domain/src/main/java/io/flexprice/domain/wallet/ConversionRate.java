package io.flexprice.domain.wallet;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * What one credit is worth in the wallet's currency (FlexPrice's {@code conversion_rate}: amount = credits ×
 * rate; a rate of 2 makes 1 credit worth 2 USD). Positive, at most {@link Credits#SCALE} decimal places.
 *
 * <p>Credits to currency is a product, exact up to {@link Money}'s working scale. Currency to credits is a division,
 * computed at {@link Credits#SCALE} decimal places with the rounding each use names: a debit takes the credits
 * that are worth at least its amount ({@link #creditsToPay}, rounded up), a top-up by amount gives the credits the
 * amount buys ({@link #creditsBoughtWith}, rounded down), and a balance shown in credits is the nearest
 * ({@link #creditsWorth}, half up). None of them is money, so none rounds to a minor unit.
 */
public record ConversionRate(BigDecimal value) {

    public static final ConversionRate ONE = new ConversionRate(BigDecimal.ONE);

    public ConversionRate {
        Objects.requireNonNull(value, "value");
        if (value.signum() <= 0) {
            throw ValidationException.of("conversion_rate", "must be greater than zero");
        }
        if (value.stripTrailingZeros().scale() > Credits.SCALE) {
            throw ValidationException.of("conversion_rate", "must have at most " + Credits.SCALE + " decimal places");
        }
        value = value.setScale(Credits.SCALE, RoundingMode.UNNECESSARY);
    }

    public static ConversionRate of(String value) {
        return new ConversionRate(new BigDecimal(value));
    }

    /** What {@code credits} are worth: credits × rate, at {@link Money}'s working scale. */
    public Money amountOf(Credits credits, Currency currency) {
        return new Money(credits.value().multiply(value), currency);
    }

    /** The fewest credits worth at least {@code amount}: amount ÷ rate, rounded up. What a debit of it consumes. */
    public Credits creditsToPay(Money amount) {
        return new Credits(amount.amount().divide(value, Credits.SCALE, RoundingMode.UP));
    }

    /** The most credits {@code amount} buys: amount ÷ rate, rounded down. What a top-up by amount adds. */
    public Credits creditsBoughtWith(Money amount) {
        return new Credits(amount.amount().divide(value, Credits.SCALE, RoundingMode.DOWN));
    }

    /** {@code amount} in credits, to the nearest (half up): for showing an amount, never for moving credits. */
    public Credits creditsWorth(Money amount) {
        return new Credits(amount.amount().divide(value, Credits.SCALE, RoundingMode.HALF_UP));
    }

    public String toPlainString() {
        return value.stripTrailingZeros().toPlainString();
    }
}
