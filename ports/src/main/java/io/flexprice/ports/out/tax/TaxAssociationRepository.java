package io.flexprice.ports.out.tax;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntity;
import io.flexprice.domain.tenancy.Scope;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

public interface TaxAssociationRepository {

    void insert(TaxAssociation association);

    /** Replaces a stored association. */
    void update(TaxAssociation association);

    /** The association whatever its status. */
    Optional<TaxAssociation> findById(Scope scope, TaxAssociationId id);

    /** Matching associations by creation time (then id) in the order the page asks. */
    Page<TaxAssociation> search(Scope scope, TaxAssociationFilter filter, PageRequest page);

    /**
     * Every live association attached to one of {@code entities}, whatever its auto-apply, currency and dates,
     * by creation time, then id: the candidates {@link io.flexprice.domain.tax.TaxPrecedence} chooses from.
     */
    List<TaxAssociation> findLiveAttachedTo(Scope scope, Collection<TaxEntity> entities);
}
