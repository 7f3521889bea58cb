package io.flexprice.domain.pricing;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.pricing.Prices.tier;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PriceTierTest {

    @Test
    void aMissingFlatAmountIsZero() {
        assertThat(tier("10", "0.5", null).flatAmount()).isEqualByComparingTo("0");
    }

    @Test
    void upToIsInclusive() {
        PriceTier upToTen = tier("10", "1", null);

        assertThat(upToTen.contains(dec("10"))).isTrue();
        assertThat(upToTen.contains(dec("10.0001"))).isFalse();
        assertThat(tier(null, "1", null).contains(dec("1000000000"))).isTrue();
    }

    @Test
    void aChargeIsUnitsTimesUnitAmountPlusTheFlatAmount() {
        // 4 × 0.25 + 3 = 4
        assertThat(tier("10", "0.25", "3").charge(dec("4"))).isEqualByComparingTo("4");
    }

    @Test
    void zeroAmountsAreAllowed() {
        assertThat(tier(null, "0", "0").unitAmount()).isEqualByComparingTo("0");
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertThat(fieldsRejected(() -> tier("0", "-0.01", "-1")))
                .containsExactly("up_to", "unit_amount", "flat_amount");
    }

    @Test
    void aUnitAmountIsRequired() {
        assertThat(fieldsRejected(() -> tier("-5", null, null))).containsExactly("up_to", "unit_amount");
    }
}
