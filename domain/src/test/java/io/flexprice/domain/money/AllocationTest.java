package io.flexprice.domain.money;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.kwd;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AllocationTest {

    private static List<BigDecimal> weights(String... weights) {
        return Arrays.stream(weights).map(BigDecimal::new).toList();
    }

    @Test
    void hundredDollarsOverThreeEqualWeightsGivesTheSpareCentToTheFirst() {
        // 10000 cents / 3 = 3333 remainder 1 each; 10000 - 3 × 3333 = 1 cent left, the tie goes to index 0
        assertThat(Allocation.split(usd("100.00"), weights("1", "1", "1")))
                .containsExactly(usd("33.34"), usd("33.33"), usd("33.33"));
    }

    @Test
    void fiveCentsOverSixEqualWeightsGiveACentToEachOfTheFirstFive() {
        // 5 cents / 6 = 0 remainder 5 each; 5 cents left go to indexes 0..4
        assertThat(Allocation.split(usd("0.05"), weights("1", "1", "1", "1", "1", "1")))
                .containsExactly(usd("0.01"), usd("0.01"), usd("0.01"), usd("0.01"), usd("0.01"), usd("0.00"));
    }

    @Test
    void theLargestRemainderWinsOverAnEarlierIndex() {
        // 100 cents × 1/3 = 33 remainder 1/3; × 2/3 = 66 remainder 2/3; 1 cent left goes to the larger remainder
        assertThat(Allocation.split(usd("1.00"), weights("1", "2")))
                .containsExactly(usd("0.33"), usd("0.67"));
    }

    @Test
    void unequalWeightsSplitProportionally() {
        // 1000 cents × 1/6 = 166 r 4/6; × 2/6 = 333 r 2/6; × 3/6 = 500 r 0; 1000 - 999 = 1 cent to index 0
        assertThat(Allocation.split(usd("10.00"), weights("1", "2", "3")))
                .containsExactly(usd("1.67"), usd("3.33"), usd("5.00"));
    }

    @Test
    void fractionalWeightsAreProportions() {
        // 100 cents × 0.5/1 = 50; × 0.25/1 = 25; × 0.25/1 = 25
        assertThat(Allocation.split(usd("1.00"), weights("0.5", "0.25", "0.25")))
                .containsExactly(usd("0.50"), usd("0.25"), usd("0.25"));
    }

    @Test
    void aNegativeTotalSplitsSymmetrically() {
        // as 100.00 over 1:1:1, negated
        assertThat(Allocation.split(usd("-100.00"), weights("1", "1", "1")))
                .containsExactly(usd("-33.34"), usd("-33.33"), usd("-33.33"));
    }

    @Test
    void aZeroWeightGetsZeroEvenWhenCentsAreLeftOver() {
        // 3 cents over 0:1:1 = 0, 1 r 1/2, 1 r 1/2; 1 cent left goes to index 1, never to the zero weight
        assertThat(Allocation.split(usd("0.03"), weights("0", "1", "1")))
                .containsExactly(usd("0.00"), usd("0.02"), usd("0.01"));
    }

    @Test
    void aZeroTotalSplitsIntoZeros() {
        assertThat(Allocation.split(usd("0"), weights("2", "1"))).containsExactly(usd("0"), usd("0"));
    }

    @Test
    void yenSplitInWholeYen() {
        // ¥100 / 3 = 33 r 1 each; ¥1 left to index 0
        assertThat(Allocation.split(jpy("100"), weights("1", "1", "1")))
                .containsExactly(jpy("34"), jpy("33"), jpy("33"));
    }

    @Test
    void dinarsSplitInFils() {
        // 1000 fils / 3 = 333 r 1 each; 1 fils left to index 0
        assertThat(Allocation.split(kwd("1.000"), weights("1", "1", "1")))
                .containsExactly(kwd("0.334"), kwd("0.333"), kwd("0.333"));
    }

    @Test
    void thePartsAlwaysSumExactlyToTheTotal() {
        List<BigDecimal> weights = weights("3", "1", "1", "7", "0.5");
        for (int cents = -250; cents <= 250; cents++) {
            Money total = new Money(BigDecimal.valueOf(cents, 2), USD);

            List<Money> parts = Allocation.split(total, weights);

            assertThat(parts.stream().reduce(Money.zero(USD), Money::plus)).as("%s", total).isEqualTo(total);
            assertThat(parts).allSatisfy(part -> assertThat(part.roundedToMinorUnit()).isEqualTo(part));
        }
    }

    @Test
    void allZeroWeightsAreRejected() {
        assertThat(fieldsRejected(() -> Allocation.split(usd("1.00"), weights("0", "0")))).containsExactly("weights");
    }

    @Test
    void noWeightsAreRejected() {
        assertThat(fieldsRejected(() -> Allocation.split(usd("1.00"), List.of()))).containsExactly("weights");
    }

    @Test
    void aNegativeOrMissingWeightIsRejected() {
        List<BigDecimal> weights = Arrays.asList(null, dec("-1"), dec("2"));

        assertThat(fieldsRejected(() -> Allocation.split(usd("1.00"), weights)))
                .containsExactly("weights[0]", "weights[1]");
    }

    @Test
    void aTotalWithFractionsOfACentIsRejectedWithTheWeights() {
        assertThat(fieldsRejected(() -> Allocation.split(usd("1.005"), weights("0"))))
                .containsExactly("total", "weights");
    }
}
