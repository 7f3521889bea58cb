package io.flexprice.domain.money;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * An amount of one ISO 4217 currency.
 *
 * <p>The amount is always held at {@link #WORKING_SCALE} decimal places, so {@code equals} compares value
 * and currency ({@code 12.3 USD} equals {@code 12.30 USD}). Arithmetic stays at that working scale;
 * rounding to the currency's minor unit happens in one place only, {@link #roundedToMinorUnit()}, when an
 * invoice line or a payable amount is produced. Combining two currencies throws
 * {@link CurrencyMismatchException}.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    /** Decimal places of every amount: enough for unit prices of a billionth of a cent and below. */
    public static final int WORKING_SCALE = 12;

    /** Brings a product with more than {@link #WORKING_SCALE} decimal places back to working scale. */
    public static final RoundingMode WORKING_ROUNDING = RoundingMode.HALF_UP;

    /** Rounding to the minor unit: to the nearest, a half away from zero (-0.005 USD becomes -0.01). */
    public static final RoundingMode MINOR_UNIT_ROUNDING = RoundingMode.HALF_UP;

    private static final Pattern WIRE_AMOUNT = Pattern.compile("-?\\d+(\\.\\d+)?");

    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (!hasMinorUnit(currency)) {
            throw ValidationException.of("currency", noMinorUnit(currency));
        }
        amount = amount.setScale(WORKING_SCALE, WORKING_ROUNDING);
    }

    public static Money zero(Currency currency) {
        return new Money(BigDecimal.ZERO, currency);
    }

    /**
     * Parses the wire form: a plain decimal ({@code "12.34"}, {@code "-0.5"}; no exponent, at most
     * {@link #WORKING_SCALE} decimal places) and a currency code in any case ({@code "usd"}).
     *
     * @throws ValidationException naming {@code amount} and/or {@code currency}, both reported at once
     */
    public static Money parse(String amount, String currency) {
        Violations violations = new Violations();
        BigDecimal value = violations.collect(() -> parseAmount(amount));
        Currency unit = violations.collect(() -> parseCurrency(currency, "currency"));
        violations.throwIfAny();
        return new Money(value, unit);
    }

    /**
     * The ISO 4217 currency {@code code} names, in any case. Pseudo-currencies without a minor unit
     * (XXX, XAU, XDR, ...) are rejected: an amount in them cannot be rounded for an invoice.
     *
     * @throws ValidationException naming {@code field}
     */
    public static Currency parseCurrency(String code, String field) {
        if (code == null || code.isBlank()) {
            throw ValidationException.of(field, "is required");
        }
        Currency currency;
        try {
            currency = Currency.getInstance(code.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException notIso) {
            throw ValidationException.of(field, "must be an ISO 4217 currency code such as usd or eur");
        }
        if (!hasMinorUnit(currency)) {
            throw ValidationException.of(field, noMinorUnit(currency));
        }
        return currency;
    }

    /** Whether ISO 4217 gives {@code currency} a minor unit (USD 2 digits, JPY 0, KWD 3; XXX none). */
    public static boolean hasMinorUnit(Currency currency) {
        return currency.getDefaultFractionDigits() >= 0;
    }

    /** Decimal places of the currency's minor unit: 2 for USD, 0 for JPY, 3 for KWD and BHD. */
    public int minorUnitDigits() {
        return currency.getDefaultFractionDigits();
    }

    public Money plus(Money other) {
        return new Money(amount.add(sameCurrency(other).amount), currency);
    }

    public Money minus(Money other) {
        return new Money(amount.subtract(sameCurrency(other).amount), currency);
    }

    /** This amount multiplied by {@code factor}, back at working scale ({@link #WORKING_ROUNDING}). */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(Objects.requireNonNull(factor, "factor")), currency);
    }

    public Money negate() {
        return new Money(amount.negate(), currency);
    }

    public boolean isZero() {
        return amount.signum() == 0;
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    /** Orders amounts of one currency; comparing two currencies throws {@link CurrencyMismatchException}. */
    @Override
    public int compareTo(Money other) {
        return amount.compareTo(sameCurrency(other).amount);
    }

    /**
     * This amount rounded to the currency's minor unit with {@link #MINOR_UNIT_ROUNDING}: the one rounding
     * of an amount, applied once per invoice line or payable amount (MISSION §3). Invoice totals are sums of
     * rounded lines, and splitting a rounded amount ({@link Allocation}) keeps it rounded.
     */
    public Money roundedToMinorUnit() {
        return new Money(amount.setScale(minorUnitDigits(), MINOR_UNIT_ROUNDING), currency);
    }

    private Money sameCurrency(Money other) {
        Objects.requireNonNull(other, "other");
        if (!currency.equals(other.currency)) {
            throw new CurrencyMismatchException(currency, other.currency);
        }
        return other;
    }

    private static BigDecimal parseAmount(String text) {
        if (text == null || text.isBlank()) {
            throw ValidationException.of("amount", "is required");
        }
        if (!WIRE_AMOUNT.matcher(text).matches()) {
            throw ValidationException.of("amount", "must be a decimal number such as 12.34");
        }
        BigDecimal value = new BigDecimal(text);
        if (value.scale() > WORKING_SCALE) {
            throw ValidationException.of("amount", "must have at most " + WORKING_SCALE + " decimal places");
        }
        return value;
    }

    private static String noMinorUnit(Currency currency) {
        return currency.getCurrencyCode() + " has no minor unit; use a currency such as usd or eur";
    }
}
