package io.flexprice.domain.billing;

import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.billing.Schedules.period;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static final Period JANUARY = period("2024-01-01T00:00:00Z", "2024-02-01T00:00:00Z");

    @Test
    void aPeriodContainsItsStartButNotItsEnd() {
        assertThat(JANUARY.contains(at("2024-01-01T00:00:00Z"))).isTrue();
        assertThat(JANUARY.contains(at("2024-01-31T23:59:59.999999999Z"))).isTrue();
        assertThat(JANUARY.contains(at("2024-02-01T00:00:00Z"))).isFalse();
        assertThat(JANUARY.contains(at("2023-12-31T23:59:59.999999999Z"))).isFalse();
    }

    @Test
    void periodsThatOnlyTouchDoNotOverlap() {
        Period february = period("2024-02-01T00:00:00Z", "2024-03-01T00:00:00Z");

        assertThat(JANUARY.overlaps(february)).isFalse();
        assertThat(february.overlaps(JANUARY)).isFalse();
    }

    @Test
    void periodsSharingAnInstantOverlapEitherWayRound() {
        Period midJanuaryToMidFebruary = period("2024-01-15T00:00:00Z", "2024-02-15T00:00:00Z");
        Period oneDayInside = period("2024-01-10T00:00:00Z", "2024-01-11T00:00:00Z");

        assertThat(JANUARY.overlaps(midJanuaryToMidFebruary)).isTrue();
        assertThat(midJanuaryToMidFebruary.overlaps(JANUARY)).isTrue();
        assertThat(JANUARY.overlaps(oneDayInside)).isTrue();
        assertThat(oneDayInside.overlaps(JANUARY)).isTrue();
        assertThat(JANUARY.overlaps(JANUARY)).isTrue();
    }

    @Test
    void theDurationIsTheElapsedTimeSoTheNewYorkSpringForwardDayIs23Hours() {
        // Mar 10 2024 00:00 EST = 05:00Z to Mar 11 00:00 EDT = 04:00Z
        assertThat(period("2024-03-10T05:00:00Z", "2024-03-11T04:00:00Z").duration()).isEqualTo(Duration.ofHours(23));
        assertThat(JANUARY.duration()).isEqualTo(Duration.ofDays(31));
    }

    @Test
    void anEmptyPeriodIsRejected() {
        assertThat(fieldsRejected(() -> period("2024-01-01T00:00:00Z", "2024-01-01T00:00:00Z")))
                .containsExactly("period_end");
    }

    @Test
    void aPeriodEndingBeforeItStartsIsRejected() {
        assertThat(fieldsRejected(() -> period("2024-02-01T00:00:00Z", "2024-01-01T00:00:00Z")))
                .containsExactly("period_end");
    }

    @Test
    void aMissingStartAndEndAreReportedTogether() {
        assertThat(fieldsRejected(() -> new Period(null, null))).containsExactly("period_start", "period_end");
    }
}
