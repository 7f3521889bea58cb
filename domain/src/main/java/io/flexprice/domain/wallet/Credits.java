package io.flexprice.domain.wallet;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.money.Money;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A number of wallet credits: the unit of a wallet's ledger. A credit is worth {@link ConversionRate} units of the
 * wallet's currency. Held at {@link #SCALE} decimal places, so {@code equals} compares values; a value with more
 * decimal places is refused, never rounded (conversions that divide name their rounding in {@link ConversionRate}).
 * Credits are not money: they are never rounded to a minor unit.
 */
public record Credits(BigDecimal value) implements Comparable<Credits> {

    /** Decimal places of every number of credits: the same working scale as {@link Money}. */
    public static final int SCALE = Money.WORKING_SCALE;

    public static final Credits ZERO = new Credits(BigDecimal.ZERO);

    private static final Pattern WIRE = Pattern.compile("-?\\d+(\\.\\d+)?");

    public Credits {
        Objects.requireNonNull(value, "value");
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw ValidationException.of("credits", "must have at most " + SCALE + " decimal places");
        }
        value = value.setScale(SCALE, RoundingMode.UNNECESSARY);
    }

    public static Credits of(String value) {
        return new Credits(new BigDecimal(value));
    }

    /**
     * The wire form: a plain decimal such as {@code "100"} or {@code "12.5"}, no exponent.
     *
     * @throws ValidationException naming {@code field}
     */
    public static Credits parse(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of(field, "is required");
        }
        if (!WIRE.matcher(text.trim()).matches()) {
            throw ValidationException.of(field, "must be a decimal number such as 12.5");
        }
        BigDecimal value = new BigDecimal(text.trim());
        if (value.stripTrailingZeros().scale() > SCALE) {
            throw ValidationException.of(field, "must have at most " + SCALE + " decimal places");
        }
        return new Credits(value);
    }

    public Credits plus(Credits other) {
        return new Credits(value.add(other.value));
    }

    public Credits minus(Credits other) {
        return new Credits(value.subtract(other.value));
    }

    public static Credits min(Credits a, Credits b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    public boolean isZero() {
        return value.signum() == 0;
    }

    public boolean isPositive() {
        return value.signum() > 0;
    }

    public boolean isNegative() {
        return value.signum() < 0;
    }

    @Override
    public int compareTo(Credits other) {
        return value.compareTo(other.value);
    }

    /** The plain decimal without trailing zeros: {@code "100"}, {@code "12.5"}. */
    public String toPlainString() {
        return value.stripTrailingZeros().toPlainString();
    }

    @Override
    public String toString() {
        return toPlainString();
    }
}
