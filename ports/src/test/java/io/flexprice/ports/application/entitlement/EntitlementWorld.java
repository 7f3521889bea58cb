package io.flexprice.ports.application.entitlement;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.subscription.NewSubscription;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionLineItemId;
import io.flexprice.ports.testing.Customers;
import io.flexprice.ports.testing.EventsUsageReader;
import io.flexprice.ports.testing.FakeAddonRepository;
import io.flexprice.ports.testing.FakeCustomerRepository;
import io.flexprice.ports.testing.FakeEntitlementRepository;
import io.flexprice.ports.testing.FakeFeatureRepository;
import io.flexprice.ports.testing.FakeMeterRepository;
import io.flexprice.ports.testing.FakePlanRepository;
import io.flexprice.ports.testing.FakeSubscriptionRepository;
import io.flexprice.ports.testing.Features;
import io.flexprice.ports.testing.Fixtures;
import io.flexprice.ports.testing.Meters;
import io.flexprice.ports.testing.TestClock;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The repositories of the entitlement services, filled with a plan "Pro" (a 10.00 monthly fee), a customer
 * {@code acme}, a metered feature (SUM of {@code units} of {@code api_call} events) and a boolean one.
 */
final class EntitlementWorld {

    static final Instant CREATED = Instant.parse("2025-12-01T00:00:00Z");

    final TestClock clock = new TestClock(Instant.parse("2026-02-10T12:00:00Z"));
    final FakeCustomerRepository customers = new FakeCustomerRepository();
    final FakeSubscriptionRepository subscriptions = new FakeSubscriptionRepository();
    final FakeEntitlementRepository entitlements = new FakeEntitlementRepository();
    final FakeFeatureRepository features = new FakeFeatureRepository();
    final FakePlanRepository plans = new FakePlanRepository();
    final FakeAddonRepository addons = new FakeAddonRepository();
    final FakeMeterRepository meters = new FakeMeterRepository();
    final EventsUsageReader usage = new EventsUsageReader();

    final Customer acme = Customers.aCustomer().id("cust_acme").externalId("acme").build();
    final Meter calls = Meters.aMeter().id("meter_calls").eventName("api_call")
            .aggregation(Aggregation.of(AggregationType.SUM, "units")).build();
    final Feature apiCalls = Features.aFeature().id("feat_calls").name("API calls").lookupKey("api_calls")
            .meteredBy(calls.id()).build();
    final Feature sso = Features.aFeature().id("feat_sso").name("SSO").lookupKey("sso").build();
    final Plan pro = new Plan(PlanId.of("plan_pro"), Fixtures.SCOPE, "Pro", null, null, Metadata.EMPTY,
            Status.PUBLISHED, Audit.createdBy("test", CREATED));

    private final AtomicInteger sequence = new AtomicInteger();

    EntitlementWorld() {
        customers.insert(acme);
        meters.insert(calls);
        features.insert(apiCalls);
        features.insert(sso);
        plans.insert(pro);
    }

    /** A stored monthly anniversary subscription of acme to Pro from {@code start}, in UTC. */
    Subscription subscribe(String start) {
        Price fee = new Price(PriceType.FIXED, BillingModel.FLAT_FEE, Currency.getInstance("USD"),
                new BigDecimal("10.00"), null, List.of(), null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1,
                InvoiceCadence.ADVANCE, null);
        ListedPrice listed = new ListedPrice(PriceId.of("price_fee"), Fixtures.SCOPE, PriceEntityType.PLAN,
                pro.id().value(), null, null, "Fee", null, Metadata.EMPTY, fee, Status.PUBLISHED,
                Audit.createdBy("test", CREATED));
        NewSubscription spec = new NewSubscription(SubscriptionId.of("subs_" + sequence.incrementAndGet()),
                Fixtures.SCOPE, acme.id(), pro.id(), Currency.getInstance("USD"), BillingCycle.ANNIVERSARY, null,
                BillingPeriod.MONTHLY, 1, ZoneId.of("UTC"), Instant.parse(start), null, null, null, null, null,
                false, null, null, List.of(), List.of());
        Subscription s = Subscription.create(spec, List.of(listed),
                () -> SubscriptionLineItemId.of("line_" + sequence.incrementAndGet()),
                Audit.createdBy("test", Instant.parse(start)));
        subscriptions.insert(s);
        return s;
    }

    /** A stored entitlement of {@code apiCalls}. */
    Entitlement grantCalls(EntitlementEntityType type, String entityId, String limit, UsageResetPeriod period,
                           boolean soft) {
        Entitlement e = new Entitlement(EntitlementId.of("ent_" + sequence.incrementAndGet()), Fixtures.SCOPE, type,
                entityId, apiCalls.id(), apiCalls.type(), true, limit == null ? null : new BigDecimal(limit), period,
                soft, null, null, null, null, Status.PUBLISHED, Audit.createdBy("test", CREATED));
        entitlements.insert(e);
        return e;
    }

    /** A stored, enabled entitlement of {@code sso} by the plan. */
    Entitlement grantSso() {
        Entitlement e = new Entitlement(EntitlementId.of("ent_" + sequence.incrementAndGet()), Fixtures.SCOPE,
                EntitlementEntityType.PLAN, pro.id().value(), sso.id(), sso.type(), true, null, null, false, null,
                null, null, null, Status.PUBLISHED, Audit.createdBy("test", CREATED));
        entitlements.insert(e);
        return e;
    }

    CheckEntitlementService checks() {
        return new CheckEntitlementService(customers, subscriptions, entitlements, features, plans, addons, meters,
                usage, clock);
    }

    FindCustomerEntitlementsService finds() {
        return new FindCustomerEntitlementsService(customers, subscriptions, entitlements, features, plans, addons,
                meters, usage, clock);
    }
}
