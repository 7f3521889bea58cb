package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.entitlement.FeatureAccess;
import io.flexprice.domain.entitlement.FeatureEntitlement;
import io.flexprice.domain.entitlement.UsageResetWindow;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.ports.in.customer.CustomerRef;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;
import java.util.Objects;

/** What customers and subscriptions are entitled to, summed per feature, and how much of it they used. */
public interface FindCustomerEntitlementsQuery {

    /**
     * The features the customer's active and trialing subscriptions grant (optionally only some features and
     * some subscriptions; empty lists do not narrow), each summed over its sources.
     */
    CustomerEntitlements ofCustomer(Caller caller, CustomerRef customer, List<String> featureIds,
                                    List<String> subscriptionIds);

    /** The features one subscription grants, whatever its status. */
    SubscriptionEntitlements ofSubscription(Caller caller, SubscriptionId subscriptionId, List<String> featureIds);

    /**
     * {@link #ofCustomer} with the usage of every metered feature in its current reset window: FlexPrice's
     * customer usage summary. Features may also be named by lookup key.
     */
    CustomerUsageSummary usageSummary(Caller caller, CustomerRef customer, List<String> featureIds,
                                      List<String> featureLookupKeys, List<String> subscriptionIds);

    record CustomerEntitlements(Customer customer, List<FeatureEntitlement> features) {

        public CustomerEntitlements {
            features = List.copyOf(features);
        }
    }

    record SubscriptionEntitlements(Subscription subscription, List<FeatureEntitlement> features) {

        public SubscriptionEntitlements {
            features = List.copyOf(features);
        }
    }

    /** One feature of a usage summary; {@code window} null for unmetered features. */
    record FeatureUsage(FeatureEntitlement entitlement, FeatureAccess access, UsageResetWindow window) {

        public FeatureUsage {
            Objects.requireNonNull(entitlement, "entitlement");
            Objects.requireNonNull(access, "access");
        }
    }

    /** Features ordered as FlexPrice does: metered, static, then boolean; by name within each. */
    record CustomerUsageSummary(Customer customer, List<FeatureUsage> features) {

        public CustomerUsageSummary {
            features = List.copyOf(features);
        }
    }
}
