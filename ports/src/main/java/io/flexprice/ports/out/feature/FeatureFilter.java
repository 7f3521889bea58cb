package io.flexprice.ports.out.feature;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.common.Status;
import java.util.List;

/**
 * Narrows a feature search; empty lists and nulls do not narrow. {@code status} null means every
 * status but deleted.
 */
public record FeatureFilter(List<String> featureIds, List<String> lookupKeys, List<String> meterIds,
                            String nameContains, Status status,
                            SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Feature> FIELDS = SearchFields.<Feature>builder()
            .string("id", f -> f.id().value())
            .string("name", Feature::name)
            .string("lookup_key", Feature::lookupKey)
            .string("type", f -> f.type().wireValue())
            .string("meter_id", f -> f.meterId() == null ? null : f.meterId().value())
            .string("status", f -> f.status().wireValue())
            .date("created_at", f -> f.audit().createdAt())
            .date("updated_at", f -> f.audit().updatedAt())
            .build();

    public static final FeatureFilter ALL_LIVE = new FeatureFilter(List.of(), List.of(), List.of(), null, null);


    /** A filter without {@code filters} or {@code sort}. */
    public FeatureFilter(List<String> featureIds, List<String> lookupKeys, List<String> meterIds,
                         String nameContains, Status status) {
        this(featureIds, lookupKeys, meterIds, nameContains, status, SearchConditions.NONE);
    }

    public FeatureFilter {
        conditions = FIELDS.admit(conditions);
        featureIds = featureIds == null ? List.of() : List.copyOf(featureIds);
        lookupKeys = lookupKeys == null ? List.of() : List.copyOf(lookupKeys);
        meterIds = meterIds == null ? List.of() : List.copyOf(meterIds);
    }
}
