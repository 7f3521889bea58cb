package io.flexprice.ports.testing;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import io.flexprice.ports.out.entitlement.EntitlementOwner;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Entitlements in a map; one live entitlement per entity and feature, as the port says. */
public final class FakeEntitlementRepository implements EntitlementRepository {

    private final Map<List<Object>, Entitlement> entitlements = new LinkedHashMap<>();

    @Override
    public void insert(Entitlement e) {
        if (entitlements.containsKey(List.of(e.scope(), e.id()))) {
            throw new IllegalStateException("entitlement " + e.id() + " is already stored");
        }
        requireUnique(e);
        entitlements.put(List.of(e.scope(), e.id()), e);
    }

    @Override
    public void update(Entitlement e) {
        if (!entitlements.containsKey(List.of(e.scope(), e.id()))) {
            throw new IllegalStateException("entitlement " + e.id() + " is not stored");
        }
        requireUnique(e);
        entitlements.put(List.of(e.scope(), e.id()), e);
    }

    @Override
    public Optional<Entitlement> findById(Scope scope, EntitlementId id) {
        return Optional.ofNullable(entitlements.get(List.of(scope, id)));
    }

    @Override
    public Page<Entitlement> search(Scope scope, EntitlementFilter f, PageRequest page) {
        return Pages.of(entitlements.values().stream()
                .filter(e -> e.scope().equals(scope))
                .filter(e -> Pages.matchesAny(f.entitlementIds(), e.id().value()))
                .filter(e -> f.entityType() == null || f.entityType() == e.entityType())
                .filter(e -> Pages.matchesAny(f.entityIds(), e.entityId()))
                .filter(e -> Pages.matchesAny(f.featureIds(), e.featureId().value()))
                .filter(e -> f.featureType() == null || f.featureType() == e.featureType())
                .filter(e -> f.enabled() == null || f.enabled() == e.enabled())
                .filter(e -> Pages.matchesStatus(f.status(), e.status()))
                .toList(), page);
    }

    @Override
    public List<Entitlement> findLiveOf(Scope scope, Collection<EntitlementOwner> owners,
                                        Collection<FeatureId> features) {
        return entitlements.values().stream()
                .filter(e -> e.scope().equals(scope) && e.isLive())
                .filter(e -> owners.contains(new EntitlementOwner(e.entityType(), e.entityId())))
                .filter(e -> features.isEmpty() || features.contains(e.featureId()))
                .toList();
    }

    public List<Entitlement> all() {
        return List.copyOf(entitlements.values());
    }

    private void requireUnique(Entitlement e) {
        boolean taken = e.isLive() && entitlements.values().stream().anyMatch(o -> o.scope().equals(e.scope())
                && !o.id().equals(e.id()) && o.isLive() && o.entityType() == e.entityType()
                && o.entityId().equals(e.entityId()) && o.featureId().equals(e.featureId()));
        if (taken) {
            throw new ConflictException(ErrorCode.ENTITLEMENT_ALREADY_EXISTS,
                    "an entitlement of this feature already exists for " + e.entityId());
        }
    }
}
