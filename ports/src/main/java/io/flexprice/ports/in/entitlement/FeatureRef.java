package io.flexprice.ports.in.entitlement;

import io.flexprice.domain.common.Violations;

/** A feature named by its id or by its lookup key (exactly one of them). */
public record FeatureRef(String id, String lookupKey) {

    public FeatureRef {
        id = id == null || id.isBlank() ? null : id;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        new Violations()
                .require(id != null || lookupKey != null, "feature_id", "a feature id or feature lookup key is required")
                .require(id == null || lookupKey == null, "feature_id",
                        "give either a feature id or a feature lookup key, not both")
                .throwIfAny();
    }

    public static FeatureRef byId(String id) {
        return new FeatureRef(id, null);
    }

    public static FeatureRef byLookupKey(String lookupKey) {
        return new FeatureRef(null, lookupKey);
    }
}
