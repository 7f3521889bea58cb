package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxAssociationFilter;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Tax associations in a map, in insertion order. */
public final class FakeTaxAssociationRepository implements TaxAssociationRepository {

    private final Map<List<Object>, TaxAssociation> associations = new LinkedHashMap<>();

    @Override
    public void insert(TaxAssociation association) {
        if (associations.putIfAbsent(List.of(association.scope(), association.id()), association) != null) {
            throw new IllegalStateException("association " + association.id() + " is already stored");
        }
    }

    @Override
    public void update(TaxAssociation association) {
        if (associations.replace(List.of(association.scope(), association.id()), association) == null) {
            throw new IllegalStateException("association " + association.id() + " is not stored");
        }
    }

    @Override
    public Optional<TaxAssociation> findById(Scope scope, TaxAssociationId id) {
        return Optional.ofNullable(associations.get(List.of(scope, id)));
    }

    @Override
    public Page<TaxAssociation> search(Scope scope, TaxAssociationFilter filter, PageRequest page) {
        return Pages.of(associations.values().stream()
                .filter(a -> a.scope().equals(scope))
                .filter(a -> filter.entityType() == null || filter.entityType() == a.entityType())
                .filter(a -> Pages.matchesAny(filter.entityIds(), a.entityId()))
                .filter(a -> Pages.matchesAny(filter.taxRateIds(), a.taxRateId().value()))
                .filter(a -> Pages.matchesStatus(filter.status(), a.status()))
                .toList(), page);
    }

    @Override
    public List<TaxAssociation> findLiveAttachedTo(Scope scope, Collection<TaxEntity> entities) {
        return associations.values().stream()
                .filter(a -> a.scope().equals(scope) && a.isLive())
                .filter(a -> entities.stream().anyMatch(a::isAttachedTo))
                .toList();
    }

    public TaxAssociation add(TaxAssociation association) {
        insert(association);
        return association;
    }

    public List<TaxAssociation> all() {
        return List.copyOf(associations.values());
    }
}
