package io.flexprice.domain.entitlement;

import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionLineItem;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Which entitlements one subscription has at an instant, before they are summed per feature:
 *
 * <ol>
 *   <li>its plan's ({@code entity_type} PLAN, the subscription's plan);</li>
 *   <li>its addons' (ADDON, every addon a line item of the subscription in force at the instant comes from);</li>
 *   <li>its own (SUBSCRIPTION, the subscription's id): an own entitlement with a parent replaces that parent
 *       (FlexPrice's {@code override_entitlements}), even when the override is disabled; one without a parent
 *       is added.</li>
 * </ol>
 * Only entitlements in force at the instant count ({@link Entitlement#isInForceAt}).
 */
public final class SubscriptionEntitlements {

    private SubscriptionEntitlements() {
    }

    /** The addons a subscription has at {@code at}: the sources of its ADDON line items in force then. */
    public static Set<String> addonIds(Subscription subscription, Instant at) {
        Set<String> addons = new LinkedHashSet<>();
        for (SubscriptionLineItem line : subscription.lineItems()) {
            if (line.entityType() == LineItemEntityType.ADDON && line.entityId() != null && line.isActiveAt(at)) {
                addons.add(line.entityId());
            }
        }
        return addons;
    }

    /**
     * The entitlements of {@code subscription} at {@code at}, plan first, then addons, then its own, each in
     * the order of {@code candidates}; candidates of other entities are ignored.
     */
    public static List<Entitlement> inForce(Subscription subscription, List<Entitlement> candidates, Instant at) {
        Set<String> addons = addonIds(subscription, at);
        List<Entitlement> plan = new ArrayList<>();
        List<Entitlement> addon = new ArrayList<>();
        List<Entitlement> own = new ArrayList<>();
        for (Entitlement e : candidates) {
            if (!e.isInForceAt(at)) {
                continue;
            }
            switch (e.entityType()) {
                case PLAN -> {
                    if (e.entityId().equals(subscription.planId().value())) {
                        plan.add(e);
                    }
                }
                case ADDON -> {
                    if (addons.contains(e.entityId())) {
                        addon.add(e);
                    }
                }
                case SUBSCRIPTION -> {
                    if (e.entityId().equals(subscription.id().value())) {
                        own.add(e);
                    }
                }
            }
        }
        Set<EntitlementId> overridden = new LinkedHashSet<>();
        own.forEach(e -> {
            if (e.parentEntitlementId() != null) {
                overridden.add(e.parentEntitlementId());
            }
        });
        List<Entitlement> result = new ArrayList<>();
        plan.stream().filter(e -> !overridden.contains(e.id())).forEach(result::add);
        addon.stream().filter(e -> !overridden.contains(e.id())).forEach(result::add);
        result.addAll(own);
        return List.copyOf(result);
    }
}
