package io.flexprice.domain.billing;

import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * An exact non-negative rational number, kept in lowest terms so that equal values are equal records
 * (2/4 is 1/2). Proration returns one, so that an amount is multiplied by it exactly and rounded once.
 */
public record Fraction(BigInteger numerator, BigInteger denominator) {

    public Fraction {
        new Violations()
                .require(numerator != null && numerator.signum() >= 0, "numerator", "must be zero or more")
                .require(denominator != null && denominator.signum() > 0, "denominator", "must be positive")
                .throwIfAny();
        BigInteger divisor = numerator.gcd(denominator);
        numerator = numerator.divide(divisor);
        denominator = denominator.divide(divisor);
    }

    public static Fraction of(long numerator, long denominator) {
        return new Fraction(BigInteger.valueOf(numerator), BigInteger.valueOf(denominator));
    }

    /**
     * This value as a decimal, rounded to {@code workingPrecision} (e.g. {@link MathContext#DECIMAL128}:
     * 34 significant digits, half-even). Exact when it fits: 21/30 is 0.7, 1/3 is not.
     */
    public BigDecimal toBigDecimal(MathContext workingPrecision) {
        return new BigDecimal(numerator).divide(new BigDecimal(denominator), workingPrecision);
    }

    /**
     * {@code amount} × this value with a single rounding, to {@code workingPrecision}: more precise
     * than multiplying by {@link #toBigDecimal}. Rounding to a currency's minor unit is the caller's,
     * once, on the invoice line.
     */
    public BigDecimal multiply(BigDecimal amount, MathContext workingPrecision) {
        return amount.multiply(new BigDecimal(numerator)).divide(new BigDecimal(denominator), workingPrecision);
    }
}
