package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxAssociationFilter;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import jakarta.inject.Inject;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** Tax associations in memory, per scope. */
public final class InMemoryTaxAssociationRepository implements TaxAssociationRepository {

    private final Partitions<Scope, TaxAssociationId, TaxAssociation> associations = new Partitions<>();

    @Inject
    public InMemoryTaxAssociationRepository() {
    }

    @Override
    public void insert(TaxAssociation association) {
        associations.insert(association.scope(), association.id(), association);
    }

    @Override
    public void update(TaxAssociation association) {
        associations.replace(association.scope(), association.id(), association);
    }

    @Override
    public Optional<TaxAssociation> findById(Scope scope, TaxAssociationId id) {
        return associations.find(scope, id);
    }

    @Override
    public Page<TaxAssociation> search(Scope scope, TaxAssociationFilter filter, PageRequest page) {
        return Listings.page(associations.all(scope).stream()
                        .filter(a -> Listings.matches(filter.entityType(), a.entityType())
                                && Listings.matchesAny(filter.entityIds(), a.entityId())
                                && Listings.matchesAny(filter.taxRateIds(), a.taxRateId().value())
                                && Listings.matchesStatus(filter.status(), a.status())),
                Listings.creationOrder(page.order(), a -> a.audit().createdAt(), a -> a.id().value()), page);
    }

    @Override
    public List<TaxAssociation> findLiveAttachedTo(Scope scope, Collection<TaxEntity> entities) {
        return associations.all(scope).stream()
                .filter(a -> a.isLive() && entities.stream().anyMatch(a::isAttachedTo))
                .sorted(Listings.creationOrder(SortOrder.ASC, a -> a.audit().createdAt(), a -> a.id().value()))
                .toList();
    }
}
