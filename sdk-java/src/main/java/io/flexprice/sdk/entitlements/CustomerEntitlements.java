package io.flexprice.sdk.entitlements;

import io.flexprice.sdk.features.Feature;
import java.math.BigDecimal;
import java.util.List;

/**
 * FlexPrice's {@code dto.CustomerEntitlementsResponse}: each feature the customer is entitled to, its entitlements
 * summed.
 *
 * @param customerId the customer
 * @param features one per feature
 */
public record CustomerEntitlements(String customerId, List<AggregatedFeature> features) {

    public CustomerEntitlements {
        features = features == null ? List.of() : List.copyOf(features);
    }

    /**
     * FlexPrice's {@code dto.AggregatedFeature}.
     *
     * @param entitlement the entitlements summed
     * @param feature the feature
     * @param sources the entitlements summed
     */
    public record AggregatedFeature(Aggregated entitlement, Feature feature, List<EntitlementSource> sources) {

        public AggregatedFeature {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }

    /**
     * FlexPrice's {@code dto.AggregatedEntitlement}.
     *
     * @param isEnabled whether any source grants the feature
     * @param isSoftLimit whether usage beyond the limit is allowed
     * @param usageLimit the limits summed; null: unlimited
     * @param usageResetPeriod when usage counts again from zero
     * @param staticValues a static feature's values
     */
    public record Aggregated(boolean isEnabled, boolean isSoftLimit, BigDecimal usageLimit, String usageResetPeriod,
                             List<String> staticValues) {

        public Aggregated {
            staticValues = staticValues == null ? List.of() : List.copyOf(staticValues);
        }
    }
}
