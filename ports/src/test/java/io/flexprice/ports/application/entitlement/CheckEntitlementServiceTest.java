package io.flexprice.ports.application.entitlement;

import static io.flexprice.ports.testing.Callers.aCaller;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.EntitlementCheck;
import io.flexprice.ports.in.entitlement.FeatureRef;
import io.flexprice.ports.in.tenancy.Caller;
import java.math.BigDecimal;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class CheckEntitlementServiceTest {

    private final EntitlementWorld world = new EntitlementWorld();
    private final Caller caller = aCaller().build();

    @Test
    void planAndOwnGrantAddUpAndOnlyTheUsageOfTheCurrentMonthlyWindowCounts() {
        // subscription anchored on the 5th: on Feb 10 the window is [Feb 5, Mar 5)
        Subscription s = world.subscribe("2026-01-05T00:00:00Z");
        world.grantCalls(EntitlementEntityType.PLAN, "plan_pro", "1000", UsageResetPeriod.MONTHLY, false);
        world.grantCalls(EntitlementEntityType.SUBSCRIPTION, s.id().value(), "200", UsageResetPeriod.MONTHLY, false);
        world.usage.event("acme", "api_call", "300", "2026-01-20T00:00:00Z")   // previous window
                .event("acme", "api_call", "500", "2026-02-06T00:00:00Z")
                .event("acme", "api_call", "100", "2026-02-09T00:00:00Z")
                .event("globex", "api_call", "999", "2026-02-07T00:00:00Z"); // another customer

        EntitlementCheck check = world.checks().check(caller, CustomerRef.byExternalId("acme"),
                FeatureRef.byLookupKey("api_calls"));

        // limit 1000 + 200 = 1200; used 500 + 100 = 600; left 1200 - 600 = 600; 600 / 1200 = 50 %
        assertThat(check.access().allowed()).isTrue();
        assertThat(check.access().entitlement().usageLimit()).isEqualByComparingTo("1200");
        assertThat(check.access().currentUsage()).isEqualByComparingTo("600");
        assertThat(check.access().remaining()).isEqualByComparingTo("600");
        assertThat(check.access().usagePercent()).isEqualByComparingTo("50.00");
        assertThat(check.window().period()).isEqualTo(new Period(Instant.parse("2026-02-05T00:00:00Z"),
                Instant.parse("2026-03-05T00:00:00Z")));
        assertThat(check.sources()).hasSize(2);
        assertThat(world.usage.reads()).isEqualTo(1);
    }

    @Test
    void aHardLimitReachedRefusesAndASoftOneAllowsPastIt() {
        Subscription s = world.subscribe("2026-01-05T00:00:00Z");
        Entitlement plan = world.grantCalls(EntitlementEntityType.PLAN, "plan_pro", "1000", UsageResetPeriod.MONTHLY,
                false);
        world.usage.event("acme", "api_call", "1000", "2026-02-06T00:00:00Z");
        EntitlementCheck hard = world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byId("feat_calls"));

        world.entitlements.update(plan.withChanges(null, null, null, true, null, plan.audit()));
        EntitlementCheck soft = world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byId("feat_calls"));

        assertThat(hard.access().allowed()).isFalse();
        assertThat(hard.access().remaining()).isEqualByComparingTo("0");
        assertThat(soft.access().allowed()).isTrue();
        assertThat(s.id()).isNotNull();
    }

    @Test
    void anOverrideReplacesThePlansLimitForItsSubscription() {
        Subscription s = world.subscribe("2026-01-05T00:00:00Z");
        Entitlement plan = world.grantCalls(EntitlementEntityType.PLAN, "plan_pro", "1000", UsageResetPeriod.DAILY,
                false);
        world.entitlements.insert(plan.overriddenFor(EntitlementId.of("ent_override"), s.id().value(), null,
                new BigDecimal("50"), null, Audit.createdBy("test", Instant.parse("2026-02-01T00:00:00Z"))));
        // daily window: Feb 10 00:00 .. Feb 11 00:00 UTC
        world.usage.event("acme", "api_call", "40", "2026-02-09T23:59:59Z")
                .event("acme", "api_call", "30", "2026-02-10T08:00:00Z");

        EntitlementCheck check = world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byId("feat_calls"));

        // the override's 50, not 1000 + 50; used today 30; left 20
        assertThat(check.access().entitlement().usageLimit()).isEqualByComparingTo("50");
        assertThat(check.access().remaining()).isEqualByComparingTo("20");
        assertThat(check.window().nextResetAt()).isEqualTo(Instant.parse("2026-02-11T00:00:00Z"));
    }

    @Test
    void aBooleanFeatureIsAllowedWhenGrantedAndACustomerWithoutSubscriptionHasNothing() {
        world.grantSso();
        world.grantCalls(EntitlementEntityType.PLAN, "plan_pro", null, UsageResetPeriod.MONTHLY, false);

        EntitlementCheck withoutSubscription = world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byLookupKey("sso"));
        world.subscribe("2026-01-05T00:00:00Z");
        EntitlementCheck granted = world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byLookupKey("sso"));
        EntitlementCheck unlimited = world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byId("feat_calls"));

        assertThat(withoutSubscription.access().allowed()).isFalse();
        assertThat(withoutSubscription.sources()).isEmpty();
        assertThat(granted.access().allowed()).isTrue();
        assertThat(granted.window()).isNull();
        assertThat(unlimited.access().allowed()).isTrue();
        assertThat(unlimited.access().remaining()).isNull();
    }

    @Test
    void anUnknownCustomerOrFeatureIsNotFound() {
        assertThatThrownBy(() -> world.checks().check(caller, CustomerRef.byId("cust_nobody"),
                FeatureRef.byId("feat_calls")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CUSTOMER_NOT_FOUND));
        assertThatThrownBy(() -> world.checks().check(caller, CustomerRef.byId("cust_acme"),
                FeatureRef.byLookupKey("nothing")))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.FEATURE_NOT_FOUND));
    }
}
