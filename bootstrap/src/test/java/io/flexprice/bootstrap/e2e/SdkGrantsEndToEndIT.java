package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.addons.Addon;
import io.flexprice.sdk.addons.AddonType;
import io.flexprice.sdk.addons.CreateAddonParams;
import io.flexprice.sdk.creditgrants.CreateCreditGrantParams;
import io.flexprice.sdk.creditgrants.CreditGrant;
import io.flexprice.sdk.creditgrants.CreditGrantApplication;
import io.flexprice.sdk.creditgrants.UpdateCreditGrantParams;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.entitlements.CreateEntitlementParams;
import io.flexprice.sdk.entitlements.Entitlement;
import io.flexprice.sdk.entitlements.EntitlementSource;
import io.flexprice.sdk.entitlements.PlanEntitlements;
import io.flexprice.sdk.entitlements.SubscriptionEntitlements;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.features.Aggregation;
import io.flexprice.sdk.features.AggregationType;
import io.flexprice.sdk.features.CreateFeatureParams;
import io.flexprice.sdk.features.FeatureType;
import io.flexprice.sdk.features.MeterParams;
import io.flexprice.sdk.plans.CreatePlanParams;
import io.flexprice.sdk.plans.Plan;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.BillingPeriod;
import io.flexprice.sdk.prices.CreatePriceParams;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.subscriptions.AddSubscriptionAddonParams;
import io.flexprice.sdk.subscriptions.BillingCycle;
import io.flexprice.sdk.subscriptions.CreateSubscriptionParams;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Java SDK's credit grants and the entitlement lists (bulk creation, a plan's, an addon's and a subscription's)
 * against the running application, on a clock fixed at 2026-04-11T00:00Z. Every operation is called and what comes
 * back is checked by hand. Each test uses a customer and plan of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkGrantsEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant APRIL_20 = Instant.parse("2026-04-20T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");

    private RunningApplication app;
    private FlexpriceClient flexprice;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
        flexprice = FlexpriceClient.builder().apiKey(RunningApplication.DEV_KEY).baseUrl(app.baseUrl())
                .timeout(Duration.ofSeconds(30)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    @Test
    void a_plans_recurring_grant_and_a_subscriptions_one_time_grant_are_upcoming_in_the_order_they_fall_due() {
        String customerId = customer("sdk-grants-cg");
        Plan plan = plan("sdk-grants-cg");
        CreditGrant monthly = flexprice.creditGrants().create(CreateCreditGrantParams.builder()
                .name("Monthly credits").scope("PLAN").planId(plan.id()).credits("100").cadence("RECURRING")
                .period("MONTHLY").periodCount(1).expirationType("BILLING_CYCLE").priority(1)
                .putMetadata("tier", "pro").build());
        assertThat(monthly.scope()).isEqualTo("PLAN");
        assertThat(monthly.planId()).isEqualTo(plan.id());
        assertThat(monthly.credits()).isEqualByComparingTo("100");
        assertThat(monthly.cadence()).isEqualTo("RECURRING");
        assertThat(monthly.period()).isEqualTo("MONTHLY");
        assertThat(monthly.expirationType()).isEqualTo("BILLING_CYCLE");
        assertThat(monthly.status()).isEqualTo("published");
        assertThat(monthly.createdAt()).isEqualTo(NOW);
        assertThat(monthly.metadata()).containsEntry("tier", "pro");
        assertThat(flexprice.creditGrants().get(monthly.id()).name()).isEqualTo("Monthly credits");
        assertThat(flexprice.creditGrants().planCreditGrants(plan.id())).extracting(CreditGrant::id)
                .containsExactly(monthly.id());

        String subscriptionId = flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customerId).planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL)
                .build()).id();
        CreditGrant welcome = flexprice.creditGrants().create(CreateCreditGrantParams.builder()
                .name("Welcome credits").scope("SUBSCRIPTION").subscriptionId(subscriptionId).credits("25.50")
                .cadence("ONETIME").expirationType("NEVER").startDate(APRIL_20).build());
        assertThat(welcome.subscriptionId()).isEqualTo(subscriptionId);
        assertThat(welcome.credits()).isEqualByComparingTo("25.5");
        assertThat(flexprice.creditGrants().planCreditGrants(plan.id())).as("a subscription's grant is not the plan's")
                .extracting(CreditGrant::id).containsExactly(monthly.id());

        // the monthly grant: created 04-11, after the subscription's start 04-01, so its first period is the billing
        // period containing 04-11, [04-01, 05-01), due at max(04-01, 04-11) = 04-11; the one-time grant is due at its
        // start date 04-20; sorted by when due: monthly (04-11) before welcome (04-20)
        List<CreditGrantApplication> upcoming = flexprice.creditGrants().upcomingGrants(subscriptionId);
        assertThat(upcoming).extracting(CreditGrantApplication::creditGrantId)
                .containsExactly(monthly.id(), welcome.id());
        assertThat(flexprice.creditGrants().customerUpcomingGrants(customerId))
                .as("the customer's only subscription: the same applications").isEqualTo(upcoming);
        assertThat(upcoming.get(0)).satisfies(a -> {
            assertThat(a.subscriptionId()).isEqualTo(subscriptionId);
            assertThat(a.periodStart()).isEqualTo(APRIL);
            assertThat(a.periodEnd()).isEqualTo(MAY);
            assertThat(a.scheduledFor()).isEqualTo(NOW);
            assertThat(a.applicationStatus()).isEqualTo("pending");
            assertThat(a.applicationReason()).isEqualTo("first_time_recurring_credit_grant");
            assertThat(a.credits()).isEqualByComparingTo("100");
            assertThat(a.periodIndex()).isZero();
            assertThat(a.appliedAt()).isNull();
        });
        assertThat(upcoming.get(1)).satisfies(a -> {
            assertThat(a.scheduledFor()).isEqualTo(APRIL_20);
            assertThat(a.periodStart()).isEqualTo(APRIL_20);
            assertThat(a.periodEnd()).isNull();
            assertThat(a.applicationReason()).isEqualTo("onetime_credit_grant");
            assertThat(a.credits()).isEqualByComparingTo("25.50");
        });

        CreditGrant renamed = flexprice.creditGrants().update(welcome.id(), UpdateCreditGrantParams.builder()
                .name("Signup credits").putMetadata("campaign", "spring").build());
        assertThat(renamed.name()).isEqualTo("Signup credits");
        assertThat(renamed.metadata()).containsEntry("campaign", "spring");
        assertThat(renamed.credits()).as("an update changes only the name and metadata").isEqualByComparingTo("25.5");
        assertThat(flexprice.creditGrants().get(welcome.id()).name()).isEqualTo("Signup credits");

        flexprice.creditGrants().delete(welcome.id());
        assertThat(flexprice.creditGrants().get(welcome.id()).status()).as("a deleted grant is still read, as deleted")
                .isEqualTo("deleted");
        assertThatThrownBy(() -> flexprice.creditGrants().delete(welcome.id())).isInstanceOf(NotFoundException.class);
        assertThat(flexprice.creditGrants().upcomingGrants(subscriptionId)).extracting(
                CreditGrantApplication::creditGrantId).containsExactly(monthly.id());
    }

    @Test
    void a_credit_grant_without_credits_is_refused_and_unknown_ids_are_not_found() {
        Plan plan = plan("sdk-grants-bad");
        assertThatThrownBy(() -> flexprice.creditGrants().create(CreateCreditGrantParams.builder().name("No credits")
                .scope("PLAN").planId(plan.id()).cadence("ONETIME").build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).contains("credits"));
        assertThat(flexprice.creditGrants().planCreditGrants(plan.id())).as("a refused grant is not stored").isEmpty();
        assertThatThrownBy(() -> flexprice.creditGrants().get("cg_missing")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.creditGrants().planCreditGrants("plan_missing"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.creditGrants().upcomingGrants("subs_missing"))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void bulk_entitlements_on_a_plan_and_an_addon_add_up_on_the_subscription_that_has_both() {
        String customerId = customer("sdk-grants-ent");
        String callsId = flexprice.features().create(CreateFeatureParams.builder().name("Calls")
                .lookupKey("sdk-grants-calls").type(FeatureType.METERED).meter(MeterParams.builder()
                        .eventName("sdk_grants_call").aggregation(Aggregation.builder().type(AggregationType.SUM)
                                .field("units").build()).build()).build()).id();
        String ssoId = flexprice.features().create(CreateFeatureParams.builder().name("SSO")
                .lookupKey("sdk-grants-sso").type(FeatureType.BOOLEAN).build()).id();
        Plan plan = plan("sdk-grants-ent");
        Addon boost = flexprice.addons().create(CreateAddonParams.builder().name("Boost").lookupKey("sdk-grants-boost")
                .type(AddonType.MULTIPLE_INSTANCE).addPrice(monthly("10.00", "Boost")).build());

        // a bulk with an item missing its feature is refused whole, naming the item: nothing is created
        assertThatThrownBy(() -> flexprice.entitlements().createBulk(List.of(
                calls(plan.id(), callsId, "1000"),
                CreateEntitlementParams.builder().planId(plan.id()).featureType("boolean").build())))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.details())
                        .extracting(FieldError::field).contains("items[1].feature_id"));
        assertThat(flexprice.entitlements().planEntitlements(plan.id()).entitlements()).isEmpty();

        List<Entitlement> created = flexprice.entitlements().createBulk(List.of(
                calls(plan.id(), callsId, "1000"),
                CreateEntitlementParams.builder().planId(plan.id()).featureId(ssoId).featureType("boolean")
                        .isEnabled(true).build(),
                CreateEntitlementParams.builder().entityType("ADDON").entityId(boost.id()).featureId(callsId)
                        .featureType("metered").usageLimit(new BigDecimal("500")).usageResetPeriod("MONTHLY")
                        .build()));
        assertThat(created).extracting(Entitlement::entityType).containsExactly("PLAN", "PLAN", "ADDON");
        assertThat(created).extracting(Entitlement::featureId).containsExactly(callsId, ssoId, callsId);

        PlanEntitlements ofPlan = flexprice.entitlements().planEntitlements(plan.id());
        assertThat(ofPlan.id()).isEqualTo(plan.id());
        assertThat(ofPlan.name()).isEqualTo(plan.name());
        assertThat(ofPlan.entitlements()).extracting(Entitlement::id)
                .containsExactlyInAnyOrder(created.get(0).id(), created.get(1).id());
        assertThat(flexprice.entitlements().addonEntitlements(boost.id())).singleElement().satisfies(e -> {
            assertThat(e.id()).isEqualTo(created.get(2).id());
            assertThat(e.entityId()).isEqualTo(boost.id());
            assertThat(e.usageLimit()).isEqualByComparingTo("500");
        });

        String subscriptionId = flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customerId).planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL)
                .build()).id();
        SubscriptionEntitlements planOnly = flexprice.entitlements().subscriptionEntitlements(subscriptionId);
        assertThat(planOnly.subscriptionId()).isEqualTo(subscriptionId);
        assertThat(planOnly.planId()).isEqualTo(plan.id());
        assertThat(planOnly.features()).filteredOn(f -> f.feature().id().equals(callsId)).singleElement()
                .satisfies(f -> assertThat(f.entitlement().usageLimit()).isEqualByComparingTo("1000"));

        flexprice.subscriptions().addAddon(AddSubscriptionAddonParams.builder().subscriptionId(subscriptionId)
                .addonId(boost.id()).build());
        SubscriptionEntitlements withBoost = flexprice.entitlements().subscriptionEntitlements(subscriptionId);
        assertThat(withBoost.features()).extracting(f -> f.feature().id()).containsExactlyInAnyOrder(callsId, ssoId);
        // calls: the plan's 1000 + the addon's 500 = 1500, from two sources
        assertThat(withBoost.features()).filteredOn(f -> f.feature().id().equals(callsId)).singleElement()
                .satisfies(f -> {
                    assertThat(f.entitlement().isEnabled()).isTrue();
                    assertThat(f.entitlement().usageLimit()).isEqualByComparingTo("1500");
                    assertThat(f.entitlement().usageResetPeriod()).isEqualTo("MONTHLY");
                    assertThat(f.sources()).extracting(EntitlementSource::entitlementId)
                            .containsExactlyInAnyOrder(created.get(0).id(), created.get(2).id());
                });
        assertThat(withBoost.features()).filteredOn(f -> f.feature().id().equals(ssoId)).singleElement()
                .satisfies(f -> assertThat(f.entitlement().isEnabled()).isTrue());
        assertThat(flexprice.entitlements().subscriptionEntitlements(subscriptionId, List.of(ssoId)).features())
                .extracting(f -> f.feature().id()).containsExactly(ssoId);

        assertThatThrownBy(() -> flexprice.entitlements().planEntitlements("plan_missing"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.entitlements().addonEntitlements("addon_missing"))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.entitlements().subscriptionEntitlements("subs_missing"))
                .isInstanceOf(NotFoundException.class);
    }

    private String customer(String externalId) {
        return flexprice.customers().create(CreateCustomerParams.builder().externalId(externalId)
                .name(externalId).build()).id();
    }

    private Plan plan(String lookupKey) {
        return flexprice.plans().create(CreatePlanParams.builder().name("Plan " + lookupKey).lookupKey(lookupKey)
                .addPrice(monthly("30.00", "Platform fee")).build());
    }

    private static CreateEntitlementParams calls(String planId, String featureId, String limit) {
        return CreateEntitlementParams.builder().planId(planId).featureId(featureId).featureType("metered")
                .usageLimit(new BigDecimal(limit)).usageResetPeriod("MONTHLY").build();
    }

    private static CreatePriceParams monthly(String amount, String name) {
        return CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE).amount(amount)
                .currency("usd").billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                .invoiceCadence(InvoiceCadence.ADVANCE).displayName(name).build();
    }
}
