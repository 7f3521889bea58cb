package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.feature.FeatureFilter;
import io.flexprice.ports.out.feature.FeatureRepository;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.Optional;

/**
 * Features in memory, per scope. Writes are serialised, so the rule that a live feature's lookup key (when it
 * has one) is unique in its scope is checked and applied in one step, on insert and on update.
 */
public final class InMemoryFeatureRepository implements FeatureRepository {

    private final Partitions<Scope, FeatureId, Feature> features = new Partitions<>();

    @Inject
    public InMemoryFeatureRepository() {
    }

    @Override
    public synchronized void insert(Feature feature) {
        requireLookupKeyFree(feature);
        features.insert(feature.scope(), feature.id(), feature);
    }

    @Override
    public synchronized void update(Feature feature) {
        requireLookupKeyFree(feature);
        features.replace(feature.scope(), feature.id(), feature);
    }

    @Override
    public Optional<Feature> findById(Scope scope, FeatureId id) {
        return features.find(scope, id);
    }

    /** As the port says; {@code nameContains} ignores case, as FlexPrice's does. */
    @Override
    public Page<Feature> search(Scope scope, FeatureFilter filter, PageRequest page) {
        return Listings.page(features.all(scope).stream().filter(feature -> matches(filter, feature)),
                FeatureFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), f -> f.audit().createdAt(), f -> f.id().value()), page);
    }

    private static boolean matches(FeatureFilter filter, Feature feature) {
        return Listings.matchesAny(filter.featureIds(), feature.id().value())
                && Listings.matchesAny(filter.lookupKeys(), feature.lookupKey())
                && Listings.matchesAny(filter.meterIds(), feature.meterId() == null ? null : feature.meterId().value())
                && (filter.nameContains() == null || containsIgnoringCase(feature.name(), filter.nameContains()))
                && Listings.matchesStatus(filter.status(), feature.status());
    }

    private static boolean containsIgnoringCase(String text, String part) {
        return text.toLowerCase(Locale.ROOT).contains(part.toLowerCase(Locale.ROOT));
    }

    /** A live feature may not take the lookup key of another live feature of its scope. */
    private void requireLookupKeyFree(Feature feature) {
        boolean taken = feature.isLive() && feature.lookupKey() != null && features.anyOther(feature.scope(),
                feature.id(), other -> other.isLive() && feature.lookupKey().equals(other.lookupKey()));
        if (taken) {
            throw new ConflictException(ErrorCode.FEATURE_LOOKUP_KEY_TAKEN,
                    "a feature with lookup key " + feature.lookupKey() + " already exists");
        }
    }
}
