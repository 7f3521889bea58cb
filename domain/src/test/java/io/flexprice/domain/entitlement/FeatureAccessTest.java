package io.flexprice.domain.entitlement;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.feature.FeatureType;
import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureAccessTest {

    private static AggregatedEntitlement limit(String limit, boolean soft) {
        return new AggregatedEntitlement(FeatureType.METERED, true, soft,
                limit == null ? null : new BigDecimal(limit), UsageResetPeriod.MONTHLY, List.of());
    }

    @Test
    void aHardLimitAllowsUsageBelowItAndRefusesAtIt() {
        FeatureAccess below = new FeatureAccess(limit("1000", false), new BigDecimal("999.5"));
        FeatureAccess at = new FeatureAccess(limit("1000", false), new BigDecimal("1000"));

        assertThat(below.allowed()).isTrue();
        assertThat(below.remaining()).isEqualByComparingTo("0.5"); // 1000 - 999.5
        assertThat(below.usagePercent()).isEqualByComparingTo("99.95"); // 999.5 / 1000 × 100
        assertThat(at.allowed()).isFalse();
        assertThat(at.remaining()).isEqualByComparingTo("0");
        assertThat(at.overLimit()).isFalse();
    }

    @Test
    void aSoftLimitAllowsUsagePastItAndSaysItIsOver() {
        FeatureAccess over = new FeatureAccess(limit("100", true), new BigDecimal("130"));

        assertThat(over.allowed()).isTrue();
        assertThat(over.overLimit()).isTrue();
        assertThat(over.remaining()).isEqualByComparingTo("0");
        assertThat(over.usagePercent()).isEqualByComparingTo("130.00"); // 130 / 100 × 100
    }

    @Test
    void unlimitedAndUnmeteredFeaturesHaveNoRemainderAndAZeroLimitIsFullyUsed() {
        FeatureAccess unlimited = new FeatureAccess(limit(null, false), new BigDecimal("1000000"));
        FeatureAccess zero = new FeatureAccess(limit("0", false), BigDecimal.ZERO);
        FeatureAccess flag = new FeatureAccess(new AggregatedEntitlement(FeatureType.BOOLEAN, true, false, null,
                null, List.of()), null);
        FeatureAccess off = new FeatureAccess(AggregatedEntitlement.of(FeatureType.METERED, List.of()), null);

        assertThat(unlimited.allowed()).isTrue();
        assertThat(unlimited.remaining()).isNull();
        assertThat(unlimited.usagePercent()).isEqualByComparingTo("0");
        assertThat(zero.allowed()).isFalse();
        assertThat(zero.usagePercent()).isEqualByComparingTo("100");
        assertThat(flag.allowed()).isTrue();
        assertThat(flag.remaining()).isNull();
        assertThat(off.allowed()).isFalse();
        assertThat(off.remaining()).isEqualByComparingTo("0");
    }
}
