package io.flexprice.domain.money;

import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/**
 * Splits an amount into parts proportional to weights, in whole minor units, so that the parts sum exactly
 * to the whole (credits over lines, tax per line, proration). The largest remainder method, as OpenMeter's
 * {@code currencyx} allocation.
 */
public final class Allocation {

    private Allocation() {
    }

    /**
     * One part per weight, in the weights' order. Each part first gets its exact share rounded down to a
     * minor unit; the minor units still missing go one each to the parts with the largest remainders, the
     * earlier part winning a tie. Only the division's remainders are compared, so the split is exact and
     * needs no rounding mode. A negative total splits like its absolute value, every part negated. A zero
     * weight gets zero.
     *
     * <p>Example: 100.00 USD over weights 1, 1, 1 is 33.34, 33.33, 33.33.
     *
     * @param total a whole number of minor units (see {@link Money#roundedToMinorUnit()})
     * @throws io.flexprice.domain.common.ValidationException naming {@code total} when it is not a whole
     *         number of minor units, {@code weights[i]} for a missing or negative weight, and {@code weights}
     *         when no weight is positive, all at once
     */
    public static List<Money> split(Money total, List<BigDecimal> weights) {
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(weights, "weights");
        Violations violations = new Violations().require(total.equals(total.roundedToMinorUnit()), "total",
                "must be a whole number of minor units; round it first");
        BigDecimal weightSum = BigDecimal.ZERO;
        for (int i = 0; i < weights.size(); i++) {
            BigDecimal weight = weights.get(i);
            if (weight == null || weight.signum() < 0) {
                violations.add("weights[" + i + "]", "must be zero or positive");
            } else {
                weightSum = weightSum.add(weight);
            }
        }
        violations.require(weightSum.signum() > 0, "weights", "at least one weight must be positive")
                .throwIfAny();

        int digits = total.minorUnitDigits();
        BigDecimal minorUnits = total.amount().abs().movePointRight(digits);
        BigInteger[] parts = new BigInteger[weights.size()];
        BigDecimal[] remainders = new BigDecimal[weights.size()];
        BigInteger missing = minorUnits.toBigIntegerExact();
        for (int i = 0; i < parts.length; i++) {
            // share = minorUnits * weight / weightSum; every share has the same divisor, so comparing the
            // remainders of the numerators compares the shares' fractional parts exactly
            BigDecimal[] quotientAndRemainder = minorUnits.multiply(weights.get(i)).divideAndRemainder(weightSum);
            parts[i] = quotientAndRemainder[0].toBigIntegerExact();
            remainders[i] = quotientAndRemainder[1];
            missing = missing.subtract(parts[i]);
        }
        // the missing units are the sum of the fractional parts, so fewer than the parts with a remainder
        IntStream.range(0, parts.length).boxed()
                .sorted(Comparator.<Integer, BigDecimal>comparing(i -> remainders[i], Comparator.reverseOrder())
                        .thenComparing(Comparator.naturalOrder()))
                .limit(missing.longValueExact())
                .forEach(i -> parts[i] = parts[i].add(BigInteger.ONE));

        List<Money> split = new ArrayList<>(parts.length);
        for (BigInteger part : parts) {
            Money money = new Money(new BigDecimal(part, digits), total.currency());
            split.add(total.isNegative() ? money.negate() : money);
        }
        return List.copyOf(split);
    }
}
