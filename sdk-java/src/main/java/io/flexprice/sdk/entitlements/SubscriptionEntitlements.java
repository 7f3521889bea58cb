package io.flexprice.sdk.entitlements;

import java.util.List;

/**
 * FlexPrice's {@code dto.SubscriptionEntitlementsResponse}: what one subscription grants (its plan's, its addons'
 * and its own entitlements), summed per feature.
 *
 * @param subscriptionId the subscription
 * @param planId its plan
 * @param features one per feature
 */
public record SubscriptionEntitlements(String subscriptionId, String planId,
                                       List<CustomerEntitlements.AggregatedFeature> features) {

    public SubscriptionEntitlements {
        features = features == null ? List.of() : List.copyOf(features);
    }
}
