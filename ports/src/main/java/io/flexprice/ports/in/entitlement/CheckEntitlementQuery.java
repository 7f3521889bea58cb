package io.flexprice.ports.in.entitlement;

import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;

/** "May customer X use feature Y now, and how much is left?" in one call. */
public interface CheckEntitlementQuery {

    /**
     * Sums what the customer's active and trialing subscriptions grant of the feature (plan, addons, overrides:
     * see {@link io.flexprice.domain.entitlement.AggregatedEntitlement}) and, for a metered feature, reads the
     * customer's usage of its meter in the current reset window ({@link
     * io.flexprice.domain.entitlement.UsageResetWindow}, of the subscription of the first source). A customer
     * without the feature gets a check that is not allowed.
     *
     * @throws io.flexprice.domain.common.NotFoundException if the customer or the feature is missing
     */
    EntitlementCheck check(Caller caller, CustomerRef customer, FeatureRef feature);
}
