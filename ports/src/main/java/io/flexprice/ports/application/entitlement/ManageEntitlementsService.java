package io.flexprice.ports.application.entitlement;

import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.SubscriptionEntitlements;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.entitlement.CreateEntitlementCommand;
import io.flexprice.ports.in.entitlement.ManageEntitlementsUseCase;
import io.flexprice.ports.in.entitlement.OverrideEntitlementCommand;
import io.flexprice.ports.in.entitlement.UpdateEntitlementCommand;
import io.flexprice.ports.in.subscription.CreateSubscriptionCommand;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

public final class ManageEntitlementsService implements ManageEntitlementsUseCase {

    private final EntitlementRepository entitlements;
    private final FeatureRepository features;
    private final PlanRepository plans;
    private final AddonRepository addons;
    private final SubscriptionRepository subscriptions;
    private final ManageSubscriptionsUseCase manageSubscriptions;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageEntitlementsService(EntitlementRepository entitlements, FeatureRepository features,
                                     PlanRepository plans, AddonRepository addons,
                                     SubscriptionRepository subscriptions,
                                     ManageSubscriptionsUseCase manageSubscriptions, Transactions transactions,
                                     IdGenerator ids, Clock clock) {
        this.entitlements = entitlements;
        this.features = features;
        this.plans = plans;
        this.addons = addons;
        this.subscriptions = subscriptions;
        this.manageSubscriptions = manageSubscriptions;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Entitlement create(Caller caller, CreateEntitlementCommand command) {
        return createAll(caller, List.of(command), false).get(0);
    }

    @Override
    public List<Entitlement> createAll(Caller caller, List<CreateEntitlementCommand> commands) {
        if (commands == null || commands.isEmpty()) {
            throw ValidationException.of("items", "at least one entitlement is required");
        }
        return createAll(caller, commands, true);
    }

    private List<Entitlement> createAll(Caller caller, List<CreateEntitlementCommand> commands, boolean bulk) {
        Audit audit = Audit.createdBy(caller.actor(), clock.instant());
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            List<Entitlement> created = new ArrayList<>();
            for (int i = 0; i < commands.size(); i++) {
                String prefix = bulk ? "items[" + i + "]." : "";
                CreateEntitlementCommand command = commands.get(i);
                Entitlement entitlement = invalid.collect(prefix, () -> draft(caller.scope(), command, audit));
                if (entitlement != null) {
                    created.add(entitlement);
                }
            }
            invalid.throwIfAny();
            created.forEach(entitlements::insert);
            return List.copyOf(created);
        });
    }

    private Entitlement draft(Scope scope, CreateEntitlementCommand c, Audit audit) {
        Entitlement.validate(c.entityType(), c.entityId(), c.featureId(), c.featureType(), c.usageLimit(),
                c.usageResetPeriod(), c.staticValue(), c.parentEntitlementId(), c.startDate(), c.endDate());
        Feature feature = features.findById(scope, c.featureId()).filter(Feature::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.FEATURE_NOT_FOUND,
                        "feature " + c.featureId() + " not found"));
        if (feature.type() != c.featureType()) {
            throw ValidationException.of("feature_type", "must be the feature's type, " + feature.type().wireValue());
        }
        requireLiveEntity(scope, c.entityType(), c.entityId());
        if (c.parentEntitlementId() != null) {
            Entitlement parent = live(scope, c.parentEntitlementId());
            if (parent.entityType() == EntitlementEntityType.SUBSCRIPTION || !parent.featureId().equals(c.featureId())) {
                throw ValidationException.of("parent_entitlement_id",
                        "must be a plan's or an addon's entitlement of the same feature");
            }
        }
        return new Entitlement(new EntitlementId(ids.newId("ent")), scope, c.entityType(), c.entityId(),
                c.featureId(), c.featureType(), c.enabled() == null || c.enabled(), c.usageLimit(),
                c.usageResetPeriod(), Boolean.TRUE.equals(c.softLimit()), c.staticValue(), c.parentEntitlementId(),
                c.startDate(), c.endDate(), Status.PUBLISHED, audit);
    }

    @Override
    public Entitlement update(Caller caller, EntitlementId id, UpdateEntitlementCommand c) {
        return transactions.inTransaction(() -> {
            Entitlement current = live(caller.scope(), id);
            Entitlement updated = current.withChanges(c.enabled(), c.usageLimit(), c.usageResetPeriod(),
                    c.softLimit(), c.staticValue(), current.audit().updatedBy(caller.actor(), clock.instant()));
            entitlements.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, EntitlementId id) {
        transactions.inTransaction(() -> {
            Entitlement current = live(caller.scope(), id);
            entitlements.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }

    @Override
    public List<Entitlement> override(Caller caller, SubscriptionId subscriptionId,
                                      List<OverrideEntitlementCommand> overrides) {
        if (overrides == null || overrides.isEmpty()) {
            return List.of();
        }
        Instant now = clock.instant();
        Audit audit = Audit.createdBy(caller.actor(), now);
        return transactions.inTransaction(() -> {
            Subscription subscription = liveSubscription(caller.scope(), subscriptionId);
            Set<String> addonIds = SubscriptionEntitlements.addonIds(subscription,
                    now.isBefore(subscription.startDate()) ? subscription.startDate() : now);
            Violations invalid = new Violations();
            List<Entitlement> created = new ArrayList<>();
            for (int i = 0; i < overrides.size(); i++) {
                OverrideEntitlementCommand o = overrides.get(i);
                String field = "override_entitlements[" + i + "].entitlement_id";
                Entitlement parent = entitlements.findById(caller.scope(), o.entitlementId())
                        .filter(Entitlement::isLive).orElse(null);
                boolean ofSubscription = parent != null
                        && (parent.entityType() == EntitlementEntityType.PLAN
                                && parent.entityId().equals(subscription.planId().value())
                        || parent.entityType() == EntitlementEntityType.ADDON && addonIds.contains(parent.entityId()));
                if (!ofSubscription) {
                    invalid.add(field, "must name an entitlement of the subscription's plan or addons");
                    continue;
                }
                Entitlement override = invalid.collect("override_entitlements[" + i + "].",
                        () -> parent.overriddenFor(new EntitlementId(ids.newId("ent")), subscriptionId.value(),
                                o.enabled(), o.usageLimit(), o.staticValue(), audit));
                if (override != null) {
                    created.add(override);
                }
            }
            invalid.throwIfAny();
            created.forEach(entitlements::insert);
            return List.copyOf(created);
        });
    }

    @Override
    public Subscription subscribe(Caller caller, CreateSubscriptionCommand subscription,
                                  List<OverrideEntitlementCommand> overrides) {
        return transactions.inTransaction(() -> {
            Subscription created = manageSubscriptions.create(caller, subscription);
            override(caller, created.id(), overrides);
            return created;
        });
    }

    private void requireLiveEntity(Scope scope, EntitlementEntityType type, String entityId) {
        switch (type) {
            case PLAN -> ManagePricesService.livePlan(plans, scope, new PlanId(entityId));
            case ADDON -> ManagePricesService.liveAddon(addons, scope, new AddonId(entityId));
            case SUBSCRIPTION -> liveSubscription(scope, new SubscriptionId(entityId));
        }
    }

    private Subscription liveSubscription(Scope scope, SubscriptionId id) {
        return subscriptions.findById(scope, id).filter(Subscription::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.SUBSCRIPTION_NOT_FOUND,
                        "subscription " + id + " not found"));
    }

    private Entitlement live(Scope scope, EntitlementId id) {
        return FindEntitlementsService.live(entitlements, scope, id);
    }
}
