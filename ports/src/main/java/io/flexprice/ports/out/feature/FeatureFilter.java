package io.flexprice.ports.out.feature;

import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a feature search; empty lists and nulls do not narrow. {@code status} null means every
 * status but deleted.
 */
public record FeatureFilter(List<String> featureIds, List<String> lookupKeys, List<String> meterIds,
                            String nameContains, Status status) {

    public static final FeatureFilter ALL_LIVE = new FeatureFilter(List.of(), List.of(), List.of(), null, null);

    public FeatureFilter {
        featureIds = featureIds == null ? List.of() : List.copyOf(featureIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
        meterIds = meterIds == null ? List.of() : List.copyOf(meterIds);
    }
}
