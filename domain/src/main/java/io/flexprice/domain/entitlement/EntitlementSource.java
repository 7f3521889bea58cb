package io.flexprice.domain.entitlement;

import io.flexprice.domain.subscription.SubscriptionId;
import java.util.Objects;

/**
 * One entitlement counted in an aggregation, with the subscription it reached the customer through and the
 * name of what granted it (the plan's or addon's name; null for a subscription's own).
 */
public record EntitlementSource(Entitlement entitlement, SubscriptionId subscriptionId, String entityName) {

    public EntitlementSource {
        Objects.requireNonNull(entitlement, "entitlement");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
    }
}
