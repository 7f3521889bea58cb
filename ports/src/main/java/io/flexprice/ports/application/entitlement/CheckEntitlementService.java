package io.flexprice.ports.application.entitlement;

import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.entitlement.AggregatedEntitlement;
import io.flexprice.domain.entitlement.EntitlementSource;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.application.entitlement.CustomerEntitlementResolver.Measured;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.CheckEntitlementQuery;
import io.flexprice.ports.in.entitlement.EntitlementCheck;
import io.flexprice.ports.in.entitlement.FeatureRef;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

/**
 * The one-call entitlement check. Its reads, each one repository call: the customer, the feature, the
 * customer's subscriptions, the entitlements of their plans, addons and own, and for a metered feature its meter
 * and the usage in the window.
 */
public final class CheckEntitlementService implements CheckEntitlementQuery {

    private final CustomerRepository customers;
    private final CustomerEntitlementResolver resolver;
    private final Clock clock;

    public CheckEntitlementService(CustomerRepository customers, SubscriptionRepository subscriptions,
                                   EntitlementRepository entitlements, FeatureRepository features,
                                   PlanRepository plans, AddonRepository addons, MeterRepository meters,
                                   UsageReader usage, Clock clock) {
        this.customers = customers;
        this.resolver = new CustomerEntitlementResolver(subscriptions, entitlements, features, plans, addons, meters,
                usage);
        this.clock = clock;
    }

    @Override
    public EntitlementCheck check(Caller caller, CustomerRef customerRef, FeatureRef featureRef) {
        Instant now = clock.instant();
        Customer customer = CustomerLookup.live(customers, caller.scope(), customerRef);
        Feature feature = resolver.feature(caller.scope(), featureRef.id(), featureRef.lookupKey());
        List<Subscription> granting = resolver.granting(caller.scope(), customer, List.of(), now);
        List<EntitlementSource> sources = resolver.sources(caller.scope(), granting, List.of(feature.id()), now, false)
                .stream().filter(s -> s.entitlement().enabled()).toList();
        AggregatedEntitlement entitlement = AggregatedEntitlement.of(feature.type(),
                sources.stream().map(EntitlementSource::entitlement).toList());
        Measured measured = resolver.usage(caller.scope(), customer, feature, entitlement, sources,
                CustomerEntitlementResolver.byId(granting), now);
        return new EntitlementCheck(customer, feature, measured.access(), measured.window(), sources);
    }
}
