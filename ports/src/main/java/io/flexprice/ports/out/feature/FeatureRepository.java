package io.flexprice.ports.out.feature;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Optional;

public interface FeatureRepository {

    /**
     * Stores a new feature.
     *
     * @throws io.flexprice.domain.common.ConflictException if a live feature of the scope has the same
     *     lookup key
     */
    void insert(Feature feature);

    void update(Feature feature);

    /** The feature whatever its status. */
    Optional<Feature> findById(Scope scope, FeatureId id);

    Page<Feature> search(Scope scope, FeatureFilter filter, PageRequest page);
}
