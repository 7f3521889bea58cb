package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Features in a map; a live feature's lookup key is unique in its scope, as the port says. */
public final class FakeFeatureRepository implements FeatureRepository {

    private final Map<List<Object>, Feature> features = new LinkedHashMap<>();

    @Override
    public void insert(Feature feature) {
        if (features.containsKey(key(feature.scope(), feature.id()))) {
            throw new IllegalStateException("feature " + feature.id() + " is already stored");
        }
        requireLookupKeyFree(feature);
        features.put(key(feature.scope(), feature.id()), feature);
    }

    @Override
    public void update(Feature feature) {
        if (!features.containsKey(key(feature.scope(), feature.id()))) {
            throw new IllegalStateException("feature " + feature.id() + " is not stored");
        }
        requireLookupKeyFree(feature);
        features.put(key(feature.scope(), feature.id()), feature);
    }

    @Override
    public Optional<Feature> findById(Scope scope, FeatureId id) {
        return Optional.ofNullable(features.get(key(scope, id)));
    }

    @Override
    public Page<Feature> search(Scope scope, FeatureFilter filter, PageRequest page) {
        return Pages.of(features.values().stream()
                .filter(f -> f.scope().equals(scope))
                .filter(f -> Pages.matchesAny(filter.featureIds(), f.id().value()))
                .filter(f -> Pages.matchesAny(filter.lookupKeys(), f.lookupKey()))
                .filter(f -> Pages.matchesAny(filter.meterIds(), f.meterId() == null ? null : f.meterId().value()))
                .filter(f -> filter.nameContains() == null || f.name().contains(filter.nameContains()))
                .filter(f -> Pages.matchesStatus(filter.status(), f.status()))
                .toList(), page);
    }

    public Feature add(Feature feature) {
        insert(feature);
        return feature;
    }

    /** The stored version, whatever its status. */
    public Feature stored(FeatureId id) {
        return features.values().stream().filter(f -> f.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("feature " + id + " is not stored"));
    }

    public List<Feature> all() {
        return List.copyOf(features.values());
    }

    private void requireLookupKeyFree(Feature feature) {
        boolean taken = feature.isLive() && feature.lookupKey() != null && features.values().stream()
                .anyMatch(other -> other.scope().equals(feature.scope()) && !other.id().equals(feature.id())
                        && other.isLive() && Objects.equals(other.lookupKey(), feature.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.FEATURE_LOOKUP_KEY_TAKEN,
                    "a feature with lookup key " + feature.lookupKey() + " already exists");
        }
    }

    private static List<Object> key(Scope scope, FeatureId id) {
        return List.of(scope, id);
    }
}
