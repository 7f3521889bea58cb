package io.flexprice.ports.application.entitlement;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.entitlement.EntitlementSource;
import io.flexprice.domain.entitlement.FeatureEntitlement;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.customer.CustomerLookup;
import io.flexprice.ports.application.entitlement.CustomerEntitlementResolver.Measured;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

public final class FindCustomerEntitlementsService implements FindCustomerEntitlementsQuery {

    private static final List<FeatureType> SUMMARY_ORDER =
            List.of(FeatureType.METERED, FeatureType.STATIC, FeatureType.BOOLEAN);

    private final CustomerRepository customers;
    private final SubscriptionRepository subscriptions;
    private final FeatureRepository features;
    private final CustomerEntitlementResolver resolver;
    private final Clock clock;

    public FindCustomerEntitlementsService(CustomerRepository customers, SubscriptionRepository subscriptions,
                                           EntitlementRepository entitlements, FeatureRepository features,
                                           PlanRepository plans, AddonRepository addons, MeterRepository meters,
                                           UsageReader usage, Clock clock) {
        this.customers = customers;
        this.subscriptions = subscriptions;
        this.features = features;
        this.resolver = new CustomerEntitlementResolver(subscriptions, entitlements, features, plans, addons, meters,
                usage);
        this.clock = clock;
    }

    @Override
    public CustomerEntitlements ofCustomer(Caller caller, CustomerRef customerRef, List<String> featureIds,
                                           List<String> subscriptionIds) {
        Instant now = clock.instant();
        Customer customer = CustomerLookup.live(customers, caller.scope(), customerRef);
        List<Subscription> granting = resolver.granting(caller.scope(), customer, list(subscriptionIds), now);
        return new CustomerEntitlements(customer, aggregate(caller.scope(), granting, ids(featureIds), now));
    }

    @Override
    public SubscriptionEntitlements ofSubscription(Caller caller, SubscriptionId subscriptionId,
                                                   List<String> featureIds) {
        Instant now = clock.instant();
        Subscription subscription = subscriptions.findById(caller.scope(), subscriptionId)
                .filter(Subscription::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_NOT_FOUND,
                        "subscription " + subscriptionId + " not found"))
                .advancedTo(now);
        return new SubscriptionEntitlements(subscription,
                aggregate(caller.scope(), List.of(subscription), ids(featureIds), now));
    }

    @Override
    public CustomerUsageSummary usageSummary(Caller caller, CustomerRef customerRef, List<String> featureIds,
                                             List<String> featureLookupKeys, List<String> subscriptionIds) {
        Instant now = clock.instant();
        Scope scope = caller.scope();
        Customer customer = CustomerLookup.live(customers, scope, customerRef);
        Set<FeatureId> wanted = new LinkedHashSet<>(ids(featureIds));
        List<String> lookupKeys = list(featureLookupKeys);
        if (!lookupKeys.isEmpty()) {
            features.search(scope, new FeatureFilter(null, lookupKeys, null, null, null),
                    PageRequest.first(PageRequest.MAX_LIMIT)).items().forEach(f -> wanted.add(f.id()));
        }
        if (wanted.isEmpty() && !(list(featureIds).isEmpty() && lookupKeys.isEmpty())) {
            return new CustomerUsageSummary(customer, List.of()); // only unknown lookup keys were asked for
        }
        List<Subscription> granting = resolver.granting(scope, customer, list(subscriptionIds), now);
        Map<SubscriptionId, Subscription> byId = CustomerEntitlementResolver.byId(granting);
        List<FeatureUsage> usages = new ArrayList<>();
        for (FeatureEntitlement f : aggregate(scope, granting, wanted, now)) {
            Measured measured = resolver.usage(scope, customer, f.feature(), f.entitlement(), f.sources(), byId, now);
            usages.add(new FeatureUsage(f, measured.access(), measured.window()));
        }
        usages.sort(Comparator.<FeatureUsage>comparingInt(u -> SUMMARY_ORDER.indexOf(u.entitlement().feature().type()))
                .thenComparing(u -> u.entitlement().feature().name()));
        return new CustomerUsageSummary(customer, usages);
    }

    private List<FeatureEntitlement> aggregate(Scope scope, List<Subscription> granting, Set<FeatureId> featureIds,
                                               Instant now) {
        List<EntitlementSource> sources = resolver.sources(scope, granting, featureIds, now, true);
        Map<FeatureId, Feature> named = resolver.features(scope,
                sources.stream().map(s -> s.entitlement().featureId()).toList());
        return FeatureEntitlement.aggregate(sources, named);
    }

    private static Set<FeatureId> ids(List<String> featureIds) {
        Set<FeatureId> ids = new LinkedHashSet<>();
        list(featureIds).forEach(id -> ids.add(new FeatureId(id)));
        return ids;
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values.stream().filter(v -> v != null && !v.isBlank()).toList();
    }
}
