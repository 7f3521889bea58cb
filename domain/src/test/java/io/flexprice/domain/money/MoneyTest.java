package io.flexprice.domain.money;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.common.Rejections.rejected;
import static io.flexprice.domain.money.Monies.BHD;
import static io.flexprice.domain.money.Monies.EUR;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.kwd;
import static io.flexprice.domain.money.Monies.money;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ValidationException;
import java.util.Currency;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class MoneyTest {

    @Test
    void amountsAreHeldAtTheWorkingScaleSoEqualValuesAreEqual() {
        assertThat(usd("12.3")).isEqualTo(usd("12.300")).hasSameHashCodeAs(usd("12.300"));
        assertThat(usd("12.3").amount().scale()).isEqualTo(Money.WORKING_SCALE);
    }

    @Test
    void equalAmountsOfTwoCurrenciesAreNotEqual() {
        assertThat(usd("1")).isNotEqualTo(eur("1"));
    }

    @Test
    void aProductBeyondTheWorkingScaleRoundsHalfUpToIt() {
        // 0.000000000001 × 0.5 = 0.0000000000005, a half at the 13th place: up to 0.000000000001
        assertThat(usd("0.000000000001").times(dec("0.5")).amount()).isEqualByComparingTo("0.000000000001");
        // 0.000000000001 × 0.4 = 0.0000000000004: down to zero
        assertThat(usd("0.000000000001").times(dec("0.4")).isZero()).isTrue();
    }

    @Test
    void arithmeticKeepsFractionsOfAMinorUnit() {
        // 0.001 + 0.004 = 0.005; 0.005 - 0.0125 = -0.0075; -0.0075 × 3 = -0.0225
        Money sum = usd("0.001").plus(usd("0.004"));

        assertThat(sum.amount()).isEqualByComparingTo("0.005");
        assertThat(sum.minus(usd("0.0125")).amount()).isEqualByComparingTo("-0.0075");
        assertThat(sum.minus(usd("0.0125")).times(dec("3")).amount()).isEqualByComparingTo("-0.0225");
    }

    @Test
    void negateSignAndZero() {
        assertThat(usd("2.50").negate()).isEqualTo(usd("-2.5"));
        assertThat(usd("-0.01").isNegative()).isTrue();
        assertThat(usd("0.01").isNegative()).isFalse();
        assertThat(usd("0.000").isZero()).isTrue();
        assertThat(Money.zero(USD)).isEqualTo(usd("0"));
    }

    @Test
    void amountsOfOneCurrencyCompareByValue() {
        assertThat(usd("9.99")).isLessThan(usd("10")).isGreaterThan(usd("-10"));
        assertThat(usd("10").compareTo(usd("10.000"))).isZero();
    }

    @Test
    void twoCurrenciesAreNeverMixed() {
        assertMismatch(() -> usd("1").plus(eur("1")));
        assertMismatch(() -> usd("1").minus(eur("1")));
        assertMismatch(() -> usd("1").compareTo(eur("1")));
    }

    private static void assertMismatch(ThrowingCallable mixing) {
        assertThatThrownBy(mixing).isInstanceOfSatisfying(CurrencyMismatchException.class, e -> {
            assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH);
            assertThat(e.code().code()).isEqualTo("money.currency_mismatch");
            assertThat(e.violations()).singleElement().satisfies(v -> {
                assertThat(v.field()).isEqualTo("currency");
                assertThat(v.message()).isEqualTo("cannot combine USD and EUR amounts");
            });
        });
    }

    @ParameterizedTest(name = "{0} {1} rounds to {2}")
    @CsvSource({
            "USD, 2.344, 2.34",
            "USD, 2.345, 2.35",
            "USD, 2.3449999, 2.34",
            "USD, -2.345, -2.35",
            "USD, -0.005, -0.01",
            "USD, -0.004, 0.00",
            "USD, 0.005, 0.01",
            "JPY, 1234.5, 1235",
            "JPY, 1234.4, 1234",
            "JPY, -0.5, -1",
            "KWD, 1.2345, 1.235",
            "KWD, 1.2344, 1.234",
            "BHD, 0.0005, 0.001",
            "BHD, -0.0005, -0.001"})
    void roundingToTheMinorUnitIsHalfUpAwayFromZero(String currency, String amount, String rounded) {
        Money money = money(amount, Currency.getInstance(currency));

        assertThat(money.roundedToMinorUnit()).isEqualTo(money(rounded, money.currency()));
    }

    @Test
    void minorUnitDigitsFollowIso4217() {
        assertThat(usd("1").minorUnitDigits()).isEqualTo(2);
        assertThat(jpy("1").minorUnitDigits()).isZero();
        assertThat(kwd("1").minorUnitDigits()).isEqualTo(3);
        assertThat(money("1", BHD).minorUnitDigits()).isEqualTo(3);
    }

    @Test
    void anAmountAlreadyInMinorUnitsIsUnchangedByRounding() {
        assertThat(usd("33.34").roundedToMinorUnit()).isEqualTo(usd("33.34"));
    }

    @Test
    void aPseudoCurrencyWithoutAMinorUnitIsRejected() {
        ValidationException e = rejected(() -> money("1", Currency.getInstance("XXX")));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("currency");
            assertThat(v.message()).startsWith("XXX has no minor unit");
        });
    }

    @ParameterizedTest
    @CsvSource({"12.34, usd", "12.34, USD", "12.34, Usd", "12.340, usd"})
    void parsesTheWireFormInAnyCase(String amount, String currency) {
        assertThat(Money.parse(amount, currency)).isEqualTo(usd("12.34"));
    }

    @Test
    void parsesNegativeAndWholeAmounts() {
        assertThat(Money.parse("-0.5", "eur")).isEqualTo(eur("-0.50"));
        assertThat(Money.parse("100", "jpy")).isEqualTo(jpy("100"));
        assertThat(Money.parse("0.000000000001", "usd").amount()).isEqualByComparingTo("0.000000000001");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {" ", "abc", "1e3", "1,5", "+1", ".5", "5.", "12.34 "})
    void parseRejectsAnAmountThatIsNotAPlainDecimal(String amount) {
        assertThat(fieldsRejected(() -> Money.parse(amount, "usd"))).containsExactly("amount");
    }

    @Test
    void parseRejectsMoreDecimalPlacesThanTheWorkingScale() {
        assertThat(rejected(() -> Money.parse("0.0000000000001", "usd")).violations()).singleElement()
                .satisfies(v -> assertThat(v.message()).isEqualTo("must have at most 12 decimal places"));
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"us", "dollar", "abc", "xxx", "xau"})
    void parseRejectsACurrencyThatIsNotAnIsoCurrencyWithAMinorUnit(String currency) {
        assertThat(fieldsRejected(() -> Money.parse("1", currency))).containsExactly("currency");
    }

    @Test
    void parseReportsAmountAndCurrencyTogether() {
        assertThat(fieldsRejected(() -> Money.parse("ten", "dollars"))).containsExactly("amount", "currency");
    }

    @Test
    void parseCurrencyNamesTheCallersField() {
        assertThat(Money.parseCurrency(" eur ", "currency")).isEqualTo(EUR);
        assertThat(fieldsRejected(() -> Money.parseCurrency("zzz", "invoice.currency")))
                .containsExactly("invoice.currency");
    }
}
