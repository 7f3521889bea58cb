package io.flexprice.domain.entitlement;

import static io.flexprice.domain.entitlement.Entitlements.metered;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import java.util.List;
import org.junit.jupiter.api.Test;

class AggregatedEntitlementTest {

    private static final EntitlementEntityType PLAN = EntitlementEntityType.PLAN;
    private static final EntitlementEntityType ADDON = EntitlementEntityType.ADDON;

    @Test
    void limitsOfThePlanAndTheAddonsAddUp() {
        AggregatedEntitlement sum = AggregatedEntitlement.of(FeatureType.METERED, List.of(
                metered(PLAN, "plan_pro", "1000", UsageResetPeriod.MONTHLY, false),
                metered(ADDON, "addon_a", "250", UsageResetPeriod.MONTHLY, false),
                metered(ADDON, "addon_b", "0.5", UsageResetPeriod.MONTHLY, false)));

        // 1000 + 250 + 0.5 = 1250.5
        assertThat(sum.usageLimit()).isEqualByComparingTo("1250.5");
        assertThat(sum.enabled()).isTrue();
        assertThat(sum.softLimit()).isFalse();
        assertThat(sum.isUnlimited()).isFalse();
        assertThat(sum.usageResetPeriod()).isEqualTo(UsageResetPeriod.MONTHLY);
    }

    @Test
    void oneUnlimitedSourceMakesTheWholeUnlimitedAndOneSoftSourceMakesItSoft() {
        AggregatedEntitlement sum = AggregatedEntitlement.of(FeatureType.METERED, List.of(
                metered(PLAN, "plan_pro", "1000", UsageResetPeriod.MONTHLY, false),
                metered(ADDON, "addon_a", null, UsageResetPeriod.MONTHLY, true)));

        assertThat(sum.usageLimit()).isNull();
        assertThat(sum.isUnlimited()).isTrue();
        assertThat(sum.softLimit()).isTrue();
    }

    @Test
    void disabledSourcesCountForNothingAndAloneDisableTheFeature() {
        Entitlement disabled = metered(ADDON, "addon_a", null, UsageResetPeriod.DAILY, true)
                .withChanges(false, null, null, null, null, Entitlements.ofPlan("1").audit());

        AggregatedEntitlement withPlan = AggregatedEntitlement.of(FeatureType.METERED,
                List.of(metered(PLAN, "plan_pro", "100", UsageResetPeriod.MONTHLY, false), disabled));
        AggregatedEntitlement alone = AggregatedEntitlement.of(FeatureType.METERED, List.of(disabled));

        assertThat(withPlan.usageLimit()).isEqualByComparingTo("100");
        assertThat(withPlan.softLimit()).isFalse();
        assertThat(withPlan.usageResetPeriod()).isEqualTo(UsageResetPeriod.MONTHLY);
        assertThat(alone.enabled()).isFalse();
        assertThat(alone.usageLimit()).isEqualByComparingTo("0");
    }

    @Test
    void theResetPeriodIsTheOneMostSourcesGiveAndATieGoesToTheShorter() {
        AggregatedEntitlement majority = AggregatedEntitlement.of(FeatureType.METERED, List.of(
                metered(PLAN, "plan_pro", "1", UsageResetPeriod.MONTHLY, false),
                metered(ADDON, "addon_a", "1", UsageResetPeriod.DAILY, false),
                metered(ADDON, "addon_b", "1", UsageResetPeriod.MONTHLY, false)));
        AggregatedEntitlement tie = AggregatedEntitlement.of(FeatureType.METERED, List.of(
                metered(PLAN, "plan_pro", "1", UsageResetPeriod.ANNUAL, false),
                metered(ADDON, "addon_a", "1", UsageResetPeriod.WEEKLY, false)));
        AggregatedEntitlement none = AggregatedEntitlement.of(FeatureType.METERED, List.of(
                metered(PLAN, "plan_pro", "1", null, false)));

        assertThat(majority.usageResetPeriod()).isEqualTo(UsageResetPeriod.MONTHLY);
        assertThat(tie.usageResetPeriod()).isEqualTo(UsageResetPeriod.WEEKLY);
        assertThat(none.usageResetPeriod()).isNull();
    }

    @Test
    void staticValuesAreListedOnceInTheOrderOfTheirSources() {
        FeatureId tier = FeatureId.of("feat_support");
        AggregatedEntitlement sum = AggregatedEntitlement.of(FeatureType.STATIC, List.of(
                Entitlements.staticValue(tier, "email", true), Entitlements.staticValue(tier, "phone", true),
                Entitlements.staticValue(tier, "email", true), Entitlements.staticValue(tier, "slack", false)));

        assertThat(sum.staticValues()).containsExactly("email", "phone");
        assertThat(sum.enabled()).isTrue();
        assertThat(sum.usageLimit()).isNull();
    }
}
