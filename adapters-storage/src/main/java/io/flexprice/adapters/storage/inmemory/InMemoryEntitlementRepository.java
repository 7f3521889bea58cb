package io.flexprice.adapters.storage.inmemory;

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
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Entitlements in memory, per scope. Writes are serialised, so the rule of one live entitlement per entity and
 * feature is checked and applied in one step.
 */
public final class InMemoryEntitlementRepository implements EntitlementRepository {

    private final Partitions<Scope, EntitlementId, Entitlement> entitlements = new Partitions<>();

    @Inject
    public InMemoryEntitlementRepository() {
    }

    @Override
    public synchronized void insert(Entitlement entitlement) {
        requireUnique(entitlement);
        entitlements.insert(entitlement.scope(), entitlement.id(), entitlement);
    }

    @Override
    public synchronized void update(Entitlement entitlement) {
        requireUnique(entitlement);
        entitlements.replace(entitlement.scope(), entitlement.id(), entitlement);
    }

    @Override
    public Optional<Entitlement> findById(Scope scope, EntitlementId id) {
        return entitlements.find(scope, id);
    }

    @Override
    public Page<Entitlement> search(Scope scope, EntitlementFilter f, PageRequest page) {
        return Listings.page(entitlements.all(scope).stream()
                        .filter(e -> Listings.matchesAny(f.entitlementIds(), e.id().value())
                                && Listings.matches(f.entityType(), e.entityType())
                                && Listings.matchesAny(f.entityIds(), e.entityId())
                                && Listings.matchesAny(f.featureIds(), e.featureId().value())
                                && Listings.matches(f.featureType(), e.featureType())
                                && Listings.matches(f.enabled(), e.enabled())
                                && Listings.matchesStatus(f.status(), e.status())),
                EntitlementFilter.FIELDS, f.conditions(),
                Listings.creationOrder(page.order(), e -> e.audit().createdAt(), e -> e.id().value()), page);
    }

    @Override
    public List<Entitlement> findLiveOf(Scope scope, Collection<EntitlementOwner> owners,
                                        Collection<FeatureId> features) {
        Set<EntitlementOwner> wanted = Set.copyOf(owners);
        Set<FeatureId> featureIds = Set.copyOf(features);
        return entitlements.all(scope).stream()
                .filter(e -> e.isLive() && wanted.contains(new EntitlementOwner(e.entityType(), e.entityId()))
                        && (featureIds.isEmpty() || featureIds.contains(e.featureId())))
                .sorted(Listings.creationOrder(PageRequest.SortOrder.ASC, e -> e.audit().createdAt(),
                        e -> e.id().value()))
                .toList();
    }

    private void requireUnique(Entitlement e) {
        boolean taken = e.isLive() && entitlements.anyOther(e.scope(), e.id(), other -> other.isLive()
                && other.entityType() == e.entityType() && other.entityId().equals(e.entityId())
                && other.featureId().equals(e.featureId()));
        if (taken) {
            throw new ConflictException(ErrorCode.ENTITLEMENT_ALREADY_EXISTS, "an entitlement of feature "
                    + e.featureId() + " already exists for " + e.entityType() + " " + e.entityId());
        }
    }
}
