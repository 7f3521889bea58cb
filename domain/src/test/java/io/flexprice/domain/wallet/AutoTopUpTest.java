package io.flexprice.domain.wallet;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AutoTopUpTest {

    private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
    private final AutoTopUp topUp = new AutoTopUp(true, Credits.of("10"), Credits.of("50"), false,
            Duration.ofHours(1));

    @Test
    void dueStrictlyBelowTheThreshold() {
        assertThat(topUp.isDue(Credits.of("9.99"), null, NOW)).isTrue();
        assertThat(topUp.isDue(Credits.of("10"), null, NOW)).isFalse();
    }

    @Test
    void notDueAgainWithinTheCooldownOfTheLastAutomaticTopUp() {
        assertThat(topUp.isDue(Credits.ZERO, NOW.minus(Duration.ofMinutes(59)), NOW)).isFalse();
        assertThat(topUp.isDue(Credits.ZERO, NOW.minus(Duration.ofHours(1)), NOW)).isTrue();
    }

    @Test
    void neverDueWhenDisabled() {
        assertThat(AutoTopUp.DISABLED.isDue(Credits.ZERO, null, NOW)).isFalse();
    }

    @Test
    void anEnabledAutoTopUpNeedsAThresholdAndAPositiveAmount() {
        assertThat(fieldsRejected(() -> new AutoTopUp(true, null, Credits.ZERO, false, Duration.ofSeconds(-1))))
                .containsExactly("auto_topup.threshold", "auto_topup.amount", "auto_topup.cooldown_seconds");
    }
}
