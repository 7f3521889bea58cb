package io.flexprice.domain.entitlement;

import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** One feature with its aggregated entitlement and the sources summed into it (FlexPrice's {@code dto.AggregatedFeature}). */
public record FeatureEntitlement(Feature feature, AggregatedEntitlement entitlement, List<EntitlementSource> sources) {

    public FeatureEntitlement {
        Objects.requireNonNull(feature, "feature");
        Objects.requireNonNull(entitlement, "entitlement");
        sources = List.copyOf(sources);
    }

    /**
     * Groups the sources by feature, in the order the features first appear, and sums each group with
     * {@link AggregatedEntitlement#of}. Disabled sources are left out (as FlexPrice does), so a feature that
     * only disabled sources name is not listed; so is a feature missing from {@code features} (deleted).
     */
    public static List<FeatureEntitlement> aggregate(List<EntitlementSource> sources,
                                                     Map<FeatureId, Feature> features) {
        Map<FeatureId, List<EntitlementSource>> byFeature = new LinkedHashMap<>();
        for (EntitlementSource source : sources) {
            if (source.entitlement().enabled() && features.containsKey(source.entitlement().featureId())) {
                byFeature.computeIfAbsent(source.entitlement().featureId(), f -> new ArrayList<>()).add(source);
            }
        }
        List<FeatureEntitlement> aggregated = new ArrayList<>();
        byFeature.forEach((featureId, group) -> {
            Feature feature = features.get(featureId);
            aggregated.add(new FeatureEntitlement(feature, AggregatedEntitlement.of(feature.type(),
                    group.stream().map(EntitlementSource::entitlement).toList()), group));
        });
        return List.copyOf(aggregated);
    }
}
