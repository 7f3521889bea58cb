package io.flexprice.ports.application.entitlement;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.entitlement.AggregatedEntitlement;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementSource;
import io.flexprice.domain.entitlement.FeatureAccess;
import io.flexprice.domain.entitlement.SubscriptionEntitlements;
import io.flexprice.domain.entitlement.UsageResetWindow;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.entitlement.EntitlementOwner;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionFilter;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The reads behind every entitlement answer: a customer's subscriptions that grant access now, their
 * entitlements in one repository call, the features they name, and the usage of a metered feature in its reset
 * window. Shared by {@link CheckEntitlementService} (few reads, no names) and
 * {@link FindCustomerEntitlementsService}.
 */
final class CustomerEntitlementResolver {

    /** The statuses a subscription grants its entitlements in (FlexPrice: active and trialing). */
    static final Set<SubscriptionStatus> GRANTING = Set.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING);

    private final SubscriptionRepository subscriptions;
    private final EntitlementRepository entitlements;
    private final FeatureRepository features;
    private final PlanRepository plans;
    private final AddonRepository addons;
    private final MeterRepository meters;
    private final UsageReader usage;

    CustomerEntitlementResolver(SubscriptionRepository subscriptions, EntitlementRepository entitlements,
                                FeatureRepository features, PlanRepository plans, AddonRepository addons,
                                MeterRepository meters, UsageReader usage) {
        this.subscriptions = subscriptions;
        this.entitlements = entitlements;
        this.features = features;
        this.plans = plans;
        this.addons = addons;
        this.meters = meters;
        this.usage = usage;
    }

    /**
     * The customer's subscriptions that grant access at {@code now} (active or trialing once moved to
     * {@code now}; a pause or a cancellation that has begun takes access away), oldest first, optionally only
     * those named.
     */
    List<Subscription> granting(Scope scope, Customer customer, Collection<String> subscriptionIds, Instant now) {
        SubscriptionFilter filter = new SubscriptionFilter(List.copyOf(subscriptionIds),
                List.of(customer.id().value()), null, List.of(SubscriptionStatus.ACTIVE, SubscriptionStatus.TRIALING,
                SubscriptionStatus.PAUSED), null);
        List<Subscription> found = subscriptions.search(scope, filter,
                new PageRequest(PageRequest.MAX_LIMIT, 0, PageRequest.SortOrder.ASC)).items();
        List<Subscription> granting = new ArrayList<>();
        for (Subscription s : found) {
            Subscription current = s.advancedTo(now);
            if (GRANTING.contains(current.subscriptionStatus())) {
                granting.add(current);
            }
        }
        return granting;
    }

    /**
     * The entitlements the subscriptions have at {@code now} ({@link SubscriptionEntitlements#inForce}), of
     * {@code featureIds} (all when empty), read in one call, each with its subscription; with
     * {@code withNames} also the names of the plans and addons that grant them.
     */
    List<EntitlementSource> sources(Scope scope, List<Subscription> granting, Collection<FeatureId> featureIds,
                                    Instant now, boolean withNames) {
        if (granting.isEmpty()) {
            return List.of();
        }
        Set<EntitlementOwner> owners = new LinkedHashSet<>();
        for (Subscription s : granting) {
            owners.add(new EntitlementOwner(EntitlementEntityType.PLAN, s.planId().value()));
            SubscriptionEntitlements.addonIds(s, now)
                    .forEach(a -> owners.add(new EntitlementOwner(EntitlementEntityType.ADDON, a)));
            owners.add(new EntitlementOwner(EntitlementEntityType.SUBSCRIPTION, s.id().value()));
        }
        List<Entitlement> candidates = entitlements.findLiveOf(scope, owners, featureIds);
        Map<String, String> names = new HashMap<>();
        List<EntitlementSource> sources = new ArrayList<>();
        for (Subscription s : granting) {
            for (Entitlement e : SubscriptionEntitlements.inForce(s, candidates, now)) {
                String name = withNames ? names.computeIfAbsent(e.entityType() + ":" + e.entityId(),
                        key -> nameOf(scope, e)) : null;
                sources.add(new EntitlementSource(e, s.id(), name));
            }
        }
        return sources;
    }

    private String nameOf(Scope scope, Entitlement e) {
        return switch (e.entityType()) {
            case PLAN -> plans.findById(scope, new PlanId(e.entityId())).map(Plan::name).orElse(null);
            case ADDON -> addons.findById(scope, new AddonId(e.entityId())).map(Addon::name).orElse(null);
            case SUBSCRIPTION -> null;
        };
    }

    /** The live features among {@code ids}, read in one call. */
    Map<FeatureId, Feature> features(Scope scope, Collection<FeatureId> ids) {
        Map<FeatureId, Feature> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        List<String> values = ids.stream().map(FeatureId::value).distinct().toList();
        for (int from = 0; from < values.size(); from += PageRequest.MAX_LIMIT) {
            List<String> batch = values.subList(from, Math.min(values.size(), from + PageRequest.MAX_LIMIT));
            features.search(scope, new FeatureFilter(batch, null, null, null, null),
                    PageRequest.first(PageRequest.MAX_LIMIT)).items().forEach(f -> found.put(f.id(), f));
        }
        return found;
    }

    /** A live feature by id, or one by lookup key. */
    Feature feature(Scope scope, String id, String lookupKey) {
        if (id != null) {
            return features.findById(scope, new FeatureId(id)).filter(Feature::isLive)
                    .orElseThrow(() -> new NotFoundException(ErrorCode.FEATURE_NOT_FOUND, "feature " + id + " not found"));
        }
        return features.search(scope, new FeatureFilter(null, List.of(lookupKey), null, null, null),
                        PageRequest.first(1)).items().stream().findFirst()
                .orElseThrow(() -> new NotFoundException(ErrorCode.FEATURE_NOT_FOUND,
                        "feature with lookup key " + lookupKey + " not found"));
    }

    /**
     * The access the aggregated entitlement gives and, for an enabled metered feature, the customer's usage of
     * its meter over the reset window of the subscription of the first source.
     */
    Measured usage(Scope scope, Customer customer, Feature feature, AggregatedEntitlement entitlement,
                       List<EntitlementSource> sources, Map<SubscriptionId, Subscription> granting, Instant now) {
        if (feature.type() != FeatureType.METERED || !entitlement.enabled() || sources.isEmpty()) {
            return new Measured(new FeatureAccess(entitlement, BigDecimal.ZERO), null);
        }
        Subscription governing = granting.get(sources.get(0).subscriptionId());
        UsageResetWindow window = UsageResetWindow.of(governing, entitlement.usageResetPeriod(), now);
        Meter meter = meters.findById(scope, feature.meterId())
                .orElseThrow(() -> new NotFoundException(ErrorCode.METER_NOT_FOUND,
                        "meter " + feature.meterId() + " not found"));
        UsageQuery query = new UsageQuery(meter.eventName(), meter.aggregation(), meter.filters(),
                customer.externalId(), window.period().start(), window.period().end(), null,
                governing.billing().zone(), null);
        BigDecimal used = usage.read(scope, query).value();
        return new Measured(new FeatureAccess(entitlement, used), window);
    }

    /** What {@link #usage} measured; {@code window} null when nothing was counted. */
    record Measured(FeatureAccess access, UsageResetWindow window) {
    }

    static Map<SubscriptionId, Subscription> byId(List<Subscription> subscriptions) {
        Map<SubscriptionId, Subscription> map = new HashMap<>();
        subscriptions.forEach(s -> map.put(s.id(), s));
        return map;
    }
}
