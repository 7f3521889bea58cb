package io.flexprice.domain.pricing;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class TransformQuantityTest {

    @Test
    void roundsUpByDefaultAsFlexPriceDoes() {
        assertThat(new TransformQuantity(dec("100"), null).round()).isEqualTo(RoundType.UP);
    }

    @ParameterizedTest(name = "{0} / {1} rounded {2} = {3}")
    @CsvSource({
            "250, 100, UP, 3",
            "250, 100, DOWN, 2",
            "1, 100, UP, 1",
            "1, 100, DOWN, 0",
            "300, 100, UP, 3",
            "300, 100, DOWN, 3",
            // 7 / 2.5 = 2.8
            "7, 2.5, UP, 3",
            "7, 2.5, DOWN, 2"})
    void countsWholePackages(String quantity, String divideBy, RoundType round, String packages) {
        assertThat(new TransformQuantity(dec(divideBy), round).packages(dec(quantity)))
                .isEqualByComparingTo(packages);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"0", "-1"})
    void divideByMustBePositive(BigDecimal divideBy) {
        assertThat(fieldsRejected(() -> new TransformQuantity(divideBy, RoundType.UP)))
                .containsExactly("transform_quantity.divide_by");
    }
}
