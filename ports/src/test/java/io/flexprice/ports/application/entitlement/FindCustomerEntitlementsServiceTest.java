package io.flexprice.ports.application.entitlement;

import static io.flexprice.ports.testing.Callers.aCaller;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.CustomerEntitlements;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.CustomerUsageSummary;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.SubscriptionEntitlements;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;
import org.junit.jupiter.api.Test;

class FindCustomerEntitlementsServiceTest {

    private final EntitlementWorld world = new EntitlementWorld();
    private final Caller caller = aCaller().build();

    @Test
    void twoSubscriptionsToOnePlanGrantTheSumOfTheirLimitsWithOneSourceEach() {
        Subscription first = world.subscribe("2026-01-05T00:00:00Z");
        Subscription second = world.subscribe("2026-02-01T00:00:00Z");
        world.grantCalls(EntitlementEntityType.PLAN, "plan_pro", "1000", UsageResetPeriod.MONTHLY, false);
        world.grantSso();

        CustomerEntitlements all = world.finds().ofCustomer(caller, CustomerRef.byId("cust_acme"), List.of(), List.of());
        CustomerEntitlements onlySecond = world.finds().ofCustomer(caller, CustomerRef.byExternalId("acme"),
                List.of("feat_calls"), List.of(second.id().value()));

        assertThat(all.features()).extracting(f -> f.feature().id().value()).containsExactly("feat_calls", "feat_sso");
        assertThat(all.features().get(0).entitlement().usageLimit()).isEqualByComparingTo("2000"); // 1000 × 2
        assertThat(all.features().get(0).sources()).extracting(s -> s.subscriptionId())
                .containsExactly(first.id(), second.id());
        assertThat(all.features().get(0).sources().get(0).entityName()).isEqualTo("Pro");
        assertThat(onlySecond.features()).hasSize(1);
        assertThat(onlySecond.features().get(0).entitlement().usageLimit()).isEqualByComparingTo("1000");
    }

    @Test
    void theUsageSummaryListsMeteredFeaturesFirstWithTheirUsage() {
        world.subscribe("2026-01-05T00:00:00Z");
        world.grantSso();
        world.grantCalls(EntitlementEntityType.PLAN, "plan_pro", "1000", UsageResetPeriod.MONTHLY, true);
        world.usage.event("acme", "api_call", "250", "2026-02-06T00:00:00Z");

        CustomerUsageSummary summary = world.finds().usageSummary(caller, CustomerRef.byId("cust_acme"), List.of(),
                List.of(), List.of());
        CustomerUsageSummary unknownKey = world.finds().usageSummary(caller, CustomerRef.byId("cust_acme"), List.of(),
                List.of("nothing"), List.of());

        assertThat(summary.features()).extracting(f -> f.entitlement().feature().lookupKey())
                .containsExactly("api_calls", "sso");
        assertThat(summary.features().get(0).access().currentUsage()).isEqualByComparingTo("250");
        assertThat(summary.features().get(0).access().usagePercent()).isEqualByComparingTo("25.00"); // 250 / 1000
        assertThat(summary.features().get(0).access().entitlement().softLimit()).isTrue();
        assertThat(summary.features().get(1).window()).isNull();
        assertThat(unknownKey.features()).isEmpty();
    }

    @Test
    void aSubscriptionsEntitlementsAreItsOwnWhateverItsStatus() {
        Subscription s = world.subscribe("2026-01-05T00:00:00Z");
        world.grantCalls(EntitlementEntityType.SUBSCRIPTION, s.id().value(), "5", UsageResetPeriod.DAILY, false);
        world.grantCalls(EntitlementEntityType.SUBSCRIPTION, "subs_other", "7", UsageResetPeriod.DAILY, false);

        SubscriptionEntitlements view = world.finds().ofSubscription(caller, s.id(), List.of());

        assertThat(view.features()).hasSize(1);
        assertThat(view.features().get(0).entitlement().usageLimit()).isEqualByComparingTo("5");
        assertThat(view.subscription().planId()).isEqualTo(world.pro.id());
    }
}
