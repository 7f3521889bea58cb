package io.flexprice.domain.billing;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigInteger;
import java.math.MathContext;
import org.junit.jupiter.api.Test;

class FractionTest {

    @Test
    void aFractionIsKeptInLowestTermsSoEqualValuesAreEqual() {
        assertThat(Fraction.of(2, 4)).isEqualTo(Fraction.of(1, 2));
        assertThat(Fraction.of(21, 30).numerator()).isEqualTo(BigInteger.valueOf(7));
        assertThat(Fraction.of(21, 30).denominator()).isEqualTo(BigInteger.valueOf(10));
        assertThat(Fraction.of(0, 5)).isEqualTo(Fraction.of(0, 1));
    }

    @Test
    void aNegativeNumeratorAndANonPositiveDenominatorAreRejectedTogether() {
        assertThat(fieldsRejected(() -> Fraction.of(-1, 0))).containsExactly("numerator", "denominator");
        assertThat(fieldsRejected(() -> Fraction.of(1, -2))).containsExactly("denominator");
    }

    @Test
    void aFractionThatFitsTheWorkingPrecisionConvertsExactly() {
        assertThat(Fraction.of(21, 30).toBigDecimal(MathContext.DECIMAL128)).isEqualByComparingTo("0.7");
    }

    @Test
    void aFractionThatDoesNotFitIsRoundedToTheWorkingPrecision() {
        // DECIMAL128: 34 significant digits, half-even; 2/3 = 0.666...6|66... rounds the last 6 up to 7
        assertThat(Fraction.of(1, 3).toBigDecimal(MathContext.DECIMAL128)).isEqualTo(dec("0." + "3".repeat(34)));
        assertThat(Fraction.of(2, 3).toBigDecimal(MathContext.DECIMAL128)).isEqualTo(dec("0." + "6".repeat(33) + "7"));
    }

    @Test
    void multiplyingAnAmountRoundsOnceSoThreeTimesTwoThirdsIsExactlyTwo() {
        // 3 × 2/3 = 6/3 = 2, whereas 3 × 0.666...67 = 2.000...01
        Fraction twoThirds = Fraction.of(2, 3);

        assertThat(twoThirds.multiply(dec("3"), MathContext.DECIMAL128)).isEqualByComparingTo("2");
        assertThat(dec("3").multiply(twoThirds.toBigDecimal(MathContext.DECIMAL128))).isNotEqualByComparingTo("2");
    }
}
