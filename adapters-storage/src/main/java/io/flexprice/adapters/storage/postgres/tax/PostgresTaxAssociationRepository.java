package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
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

/** Tax associations; the rate must be one of the same scope ({@code tax_associations_rate_fkey}). */
public final class PostgresTaxAssociationRepository implements TaxAssociationRepository {

    private final TaxAssociationMapper mapper;

    @Inject
    public PostgresTaxAssociationRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(TaxAssociationMapper.class);
    }

    @Override
    public void insert(TaxAssociation association) {
        mapper.insert(TaxAssociationRow.from(association));
    }

    @Override
    public void update(TaxAssociation association) {
        PostgresErrors.requireOneUpdated(mapper.update(TaxAssociationRow.from(association)), association.id());
    }

    @Override
    public Optional<TaxAssociation> findById(Scope scope, TaxAssociationId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(TaxAssociationRow::toDomain);
    }

    @Override
    public Page<TaxAssociation> search(Scope scope, TaxAssociationFilter filter, PageRequest page) {
        return new Page<>(mapper.search(scope, filter, page).stream().map(TaxAssociationRow::toDomain).toList(),
                mapper.count(scope, filter), page.limit(), page.offset());
    }

    @Override
    public List<TaxAssociation> findLiveAttachedTo(Scope scope, Collection<TaxEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        return mapper.findLiveAttachedTo(scope, entities).stream().map(TaxAssociationRow::toDomain).toList();
    }
}
