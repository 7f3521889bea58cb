package io.flexprice.domain.entitlement;

import static io.flexprice.domain.entitlement.Entitlements.ofPlan;
import static io.flexprice.domain.entitlement.Entitlements.subscription;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.Subscription;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SubscriptionEntitlementsTest {

    private static final Instant NOW = Instant.parse("2026-02-10T00:00:00Z");

    private final Subscription subscription = subscription("2026-01-01T00:00:00Z", BillingCycle.ANNIVERSARY,
            BillingPeriod.MONTHLY, "UTC");

    @Test
    void anOverrideReplacesItsParentAndAnOwnGrantIsAdded() {
        Entitlement plan = ofPlan("1000");
        Entitlement override = plan.overriddenFor(EntitlementId.of("ent_override"), subscription.id().value(), null,
                new BigDecimal("5000"), null, Audit.createdBy("test", NOW));
        Entitlement ownGrant = Entitlements.metered(EntitlementEntityType.SUBSCRIPTION, subscription.id().value(),
                "20", UsageResetPeriod.MONTHLY, false);

        List<Entitlement> inForce = SubscriptionEntitlements.inForce(subscription,
                List.of(plan, override, ownGrant), NOW);

        assertThat(inForce).containsExactly(override, ownGrant);
        // 5000 + 20: the plan's 1000 is replaced, not added
        assertThat(AggregatedEntitlement.of(plan.featureType(), inForce).usageLimit()).isEqualByComparingTo("5020");
    }

    @Test
    void aDisabledOverrideTakesTheFeatureAwayFromThatSubscription() {
        Entitlement plan = ofPlan("1000");
        Entitlement off = plan.overriddenFor(EntitlementId.of("ent_off"), subscription.id().value(), false, null,
                null, Audit.createdBy("test", NOW));

        List<Entitlement> inForce = SubscriptionEntitlements.inForce(subscription, List.of(plan, off), NOW);

        assertThat(AggregatedEntitlement.of(plan.featureType(), inForce).enabled()).isFalse();
    }

    @Test
    void entitlementsOfOtherPlansOtherSubscriptionsAndAddonsItDoesNotHaveAreIgnored() {
        Entitlement otherPlan = Entitlements.metered(EntitlementEntityType.PLAN, "plan_other", "1",
                UsageResetPeriod.MONTHLY, false);
        Entitlement otherSubscription = Entitlements.metered(EntitlementEntityType.SUBSCRIPTION, "subs_other", "1",
                UsageResetPeriod.MONTHLY, false);
        Entitlement addon = Entitlements.metered(EntitlementEntityType.ADDON, "addon_a", "1",
                UsageResetPeriod.MONTHLY, false);
        Entitlement planDeleted = ofPlan("7").deleted(Audit.createdBy("test", NOW));

        assertThat(SubscriptionEntitlements.inForce(subscription,
                List.of(otherPlan, otherSubscription, addon, planDeleted), NOW)).isEmpty();
    }
}
