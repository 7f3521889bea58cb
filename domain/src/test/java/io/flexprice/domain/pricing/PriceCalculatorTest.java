package io.flexprice.domain.pricing;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.JPY;
import static io.flexprice.domain.money.Monies.KWD;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.kwd;
import static io.flexprice.domain.money.Monies.usd;
import static io.flexprice.domain.pricing.Prices.aPrice;
import static io.flexprice.domain.pricing.Prices.tier;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.money.Money;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class PriceCalculatorTest {

    /** Up to 100 at 0.10 + 5 flat; up to 1000 at 0.05 + 10 flat; above at 0.01 + 20 flat. */
    private static Price threeTiers(TierMode mode) {
        return aPrice().tiered(mode,
                tier("100", "0.10", "5"),
                tier("1000", "0.05", "10"),
                tier(null, "0.01", "20")).build();
    }

    private static Money amount(Price price, String quantity) {
        return PriceCalculator.amount(price, dec(quantity));
    }

    @Nested
    class FlatFee {

        @Test
        void fixedSeatsCostQuantityTimesAmount() {
            // 3 seats × 49.99 = 149.97
            Price seats = aPrice().type(PriceType.FIXED).flatFee("49.99").invoiceCadence(InvoiceCadence.ADVANCE)
                    .build();

            assertThat(amount(seats, "3")).isEqualTo(usd("149.97"));
        }

        @Test
        void usageIsPricedExactlyAndRoundedOnlyWhenAsked() {
            // 1234.5 × 0.002 = 2.469, rounded half up to the cent: 2.47
            Money exact = amount(aPrice().flatFee("0.002").build(), "1234.5");

            assertThat(exact.amount()).isEqualByComparingTo("2.469");
            assertThat(exact.roundedToMinorUnit()).isEqualTo(usd("2.47"));
        }

        @Test
        void aTinyUnitAmountIsNotLost() {
            // 1,000,000,000 × 0.000000001 = 1
            assertThat(amount(aPrice().flatFee("0.000000001").build(), "1000000000")).isEqualTo(usd("1"));
        }
    }

    @Nested
    class Package {

        @ParameterizedTest(name = "{0} units rounded {1}: {2}")
        @CsvSource({
                // 250 / 100 = 2.5 packages: up 3 × 5.00 = 15.00, down 2 × 5.00 = 10.00
                "250, UP, 15.00",
                "250, DOWN, 10.00",
                // 1 / 100 = 0.01 packages: a started package counts (1 × 5.00) rounding up, none rounding down
                "1, UP, 5.00",
                "99, DOWN, 0.00",
                // 200 / 100 = 2 packages either way: 2 × 5.00
                "200, UP, 10.00",
                "200, DOWN, 10.00",
                // 200.001 / 100 = 2.00001: up 3 × 5.00
                "200.001, UP, 15.00"})
        void packagesAreRoundedUpOrDown(String quantity, RoundType round, String expected) {
            Price perHundred = aPrice().packageOf("5.00", "100", round).build();

            assertThat(amount(perHundred, quantity)).isEqualTo(usd(expected));
        }

        @ParameterizedTest
        @EnumSource(RoundType.class)
        void zeroUsageStartsNoPackage(RoundType round) {
            assertThat(amount(aPrice().packageOf("5.00", "100", round).build(), "0").isZero()).isTrue();
        }
    }

    @Nested
    class Volume {

        @ParameterizedTest(name = "{0} units: {1}")
        @CsvSource({
                // 50 × 0.10 + 5
                "50, 10.00",
                // exactly on the first boundary stays in the first tier: 100 × 0.10 + 5
                "100, 15.00",
                // one past the boundary prices every unit in the second tier: 101 × 0.05 + 10
                "101, 15.05",
                // 100.5 × 0.05 + 10, not rounded
                "100.5, 15.025",
                // 1000 × 0.05 + 10
                "1000, 60.00",
                // 1001 × 0.01 + 20
                "1001, 30.01"})
        void everyUnitIsPricedAtTheTierContainingTheTotal(String quantity, String expected) {
            assertThat(amount(threeTiers(TierMode.VOLUME), quantity)).isEqualTo(usd(expected));
        }

        @Test
        void zeroUsageCostsNothingNotEvenTheFirstFlatAmount() {
            assertThat(amount(threeTiers(TierMode.VOLUME), "0")).isEqualTo(usd("0"));
        }

        @Test
        void aSingleUnboundedTierPricesEverything() {
            // 10 × 0.50 + 1
            Price single = aPrice().tiered(TierMode.VOLUME, tier(null, "0.50", "1")).build();

            assertThat(amount(single, "10")).isEqualTo(usd("6.00"));
        }
    }

    @Nested
    class Slab {

        @ParameterizedTest(name = "{0} units: {1}")
        @CsvSource({
                // 50 × 0.10 + 5
                "50, 10.00",
                // exactly on the boundary does not reach the second tier nor its flat amount: 100 × 0.10 + 5
                "100, 15.00",
                // one past: 100 × 0.10 + 5 + 1 × 0.05 + 10
                "101, 25.05",
                // 100 × 0.10 + 5 + 0.5 × 0.05 + 10 = 25.025, not rounded
                "100.5, 25.025",
                // 100 × 0.10 + 5 + 900 × 0.05 + 10 = 15 + 55
                "1000, 70.00",
                // 70 + 1 × 0.01 + 20
                "1001, 90.01",
                // 70 + 500 × 0.01 + 20
                "1500, 95.00"})
        void usageFillsTheTiersInOrder(String quantity, String expected) {
            assertThat(amount(threeTiers(TierMode.SLAB), quantity)).isEqualTo(usd(expected));
        }

        @Test
        void zeroUsageCostsNothingNotEvenTheFirstFlatAmount() {
            assertThat(amount(threeTiers(TierMode.SLAB), "0")).isEqualTo(usd("0"));
        }
    }

    @Test
    void yenAmountsRoundToWholeYen() {
        // 7 × ¥12.5 = ¥87.5, half up: ¥88
        Money exact = amount(aPrice().currency(JPY).flatFee("12.5").build(), "7");

        assertThat(exact).isEqualTo(jpy("87.5"));
        assertThat(exact.roundedToMinorUnit()).isEqualTo(jpy("88"));
    }

    @Test
    void dinarAmountsRoundToThreeDecimals() {
        // 3 × 0.0125 KWD = 0.0375, half up to the fils: 0.038
        Money exact = amount(aPrice().currency(KWD).flatFee("0.0125").build(), "3");

        assertThat(exact).isEqualTo(kwd("0.0375"));
        assertThat(exact.roundedToMinorUnit()).isEqualTo(kwd("0.038"));
    }

    @Test
    void theAmountIsInThePricesCurrency() {
        assertThat(amount(aPrice().currency(JPY).build(), "2").currency()).isEqualTo(JPY);
    }

    @Test
    void aNegativeQuantityIsRejected() {
        assertThat(fieldsRejected(() -> amount(aPrice().build(), "-1"))).containsExactly("quantity");
    }
}
