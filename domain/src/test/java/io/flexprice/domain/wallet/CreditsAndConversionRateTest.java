package io.flexprice.domain.wallet;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CreditsAndConversionRateTest {

    @Test
    void creditsCompareByValueWhateverTheirScale() {
        assertThat(Credits.of("12.5")).isEqualTo(Credits.of("12.500"));
        assertThat(Credits.of("100").toPlainString()).isEqualTo("100");
        assertThat(Credits.of("0.000000000001").toPlainString()).isEqualTo("0.000000000001");
    }

    @Test
    void creditsWithMoreThanTwelveDecimalPlacesAreRefusedNotRounded() {
        assertThat(fieldsRejected(() -> Credits.of("0.0000000000001"))).containsExactly("credits");
        assertThat(fieldsRejected(() -> Credits.parse("1e3", "credits_to_add"))).containsExactly("credits_to_add");
        assertThat(fieldsRejected(() -> Credits.parse(" ", "credits_to_add"))).containsExactly("credits_to_add");
        assertThat(Credits.parse("10.50", "credits_to_add")).isEqualTo(Credits.of("10.5"));
    }

    @Test
    void aConversionRateIsPositive() {
        assertThat(fieldsRejected(() -> ConversionRate.of("0"))).containsExactly("conversion_rate");
        assertThat(fieldsRejected(() -> ConversionRate.of("-1"))).containsExactly("conversion_rate");
        assertThat(ConversionRate.of("2.0")).isEqualTo(ConversionRate.of("2"));
    }

    @Test
    void creditsAreWorthCreditsTimesTheRate() {
        // 5 credits at 2 USD each: 10 USD; 3 credits at 0.5: 1.5 USD
        assertThat(ConversionRate.of("2").amountOf(Credits.of("5"), USD)).isEqualTo(usd("10"));
        assertThat(ConversionRate.of("0.5").amountOf(Credits.of("3"), USD)).isEqualTo(usd("1.5"));
    }

    @Test
    void aDebitTakesTheFewestCreditsWorthAtLeastItsAmountAndATopUpTheMostItsAmountBuys() {
        ConversionRate three = ConversionRate.of("3");
        // 10.00 / 3 = 3.3333...: a debit takes 3.333333333334 (worth 10.000000000002 >= 10),
        // a top-up of 10.00 gives 3.333333333333 (worth 9.999999999999 <= 10)
        assertThat(three.creditsToPay(usd("10.00"))).isEqualTo(Credits.of("3.333333333334"));
        assertThat(three.creditsBoughtWith(usd("10.00"))).isEqualTo(Credits.of("3.333333333333"));
        assertThat(three.creditsWorth(usd("10.00"))).isEqualTo(Credits.of("3.333333333333"));
        assertThat(three.creditsWorth(usd("20.00"))).isEqualTo(Credits.of("6.666666666667"));
        // an exact division is exact every way: 10 / 2 = 5
        ConversionRate two = ConversionRate.of("2");
        assertThat(two.creditsToPay(usd("10"))).isEqualTo(two.creditsBoughtWith(usd("10")))
                .isEqualTo(Credits.of("5"));
        assertThat(three.amountOf(Credits.of("3.333333333334"), USD).amount())
                .isEqualByComparingTo(new BigDecimal("10.000000000002"));
    }
}
