package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.tax.TaxAssociationFilter;
import java.util.Collection;
import java.util.List;

/** The SQL is in TaxAssociationMapper.xml. */
interface TaxAssociationMapper {

    int insert(TaxAssociationRow row);

    int update(TaxAssociationRow row);

    TaxAssociationRow findById(Scope scope, TaxAssociationId id);

    List<TaxAssociationRow> search(Scope scope, TaxAssociationFilter filter, PageRequest page);

    long count(Scope scope, TaxAssociationFilter filter);

    List<TaxAssociationRow> findLiveAttachedTo(Scope scope, Collection<TaxEntity> entities);
}
