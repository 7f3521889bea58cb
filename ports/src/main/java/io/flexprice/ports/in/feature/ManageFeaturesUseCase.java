package io.flexprice.ports.in.feature;

import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.metering.Meter;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageFeaturesUseCase {

    /** Creates a feature, and its meter when the command describes one inline, atomically. */
    FeatureView create(Caller caller, CreateFeatureCommand command);

    FeatureView update(Caller caller, FeatureId id, UpdateFeatureCommand command);

    /** Soft delete; a metered feature's meter is archived with it. */
    void delete(Caller caller, FeatureId id);

    /** A feature with its meter (null unless metered). */
    record FeatureView(Feature feature, Meter meter) {
    }
}
