package io.flexprice.ports.out.tax;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxEntityType;
import java.util.List;

/**
 * Narrows a tax association search; empty lists and nulls do not narrow. {@code status} null means every
 * status but deleted.
 */
public record TaxAssociationFilter(TaxEntityType entityType, List<String> entityIds, List<String> taxRateIds,
                                   Status status) {

    public static final TaxAssociationFilter ALL_LIVE = new TaxAssociationFilter(null, List.of(), List.of(), null);

    public TaxAssociationFilter {
        entityIds = entityIds == null ? List.of() : List.copyOf(entityIds);
        taxRateIds = taxRateIds == null ? List.of() : List.copyOf(taxRateIds);
    }

    public static TaxAssociationFilter ofRate(String taxRateId) {
        return new TaxAssociationFilter(null, List.of(), List.of(taxRateId), null);
    }
}
