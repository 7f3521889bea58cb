package io.flexprice.domain.feature;

import io.flexprice.domain.common.EntityId;

public record FeatureId(String value) {

    public FeatureId {
        EntityId.require(value, "feature_id");
    }

    public static FeatureId of(String value) {
        return new FeatureId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
