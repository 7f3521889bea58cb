package io.flexprice.ports.out.tax;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxRateScope;
import java.util.List;

/**
 * Narrows a tax rate search; empty lists and nulls do not narrow. {@code status} null means every status but
 * deleted.
 */
public record TaxRateFilter(List<String> taxRateIds, List<String> codes, TaxRateScope rateScope, Status status) {

    public static final TaxRateFilter ALL_LIVE = new TaxRateFilter(List.of(), List.of(), null, null);

    public TaxRateFilter {
        taxRateIds = taxRateIds == null ? List.of() : List.copyOf(taxRateIds);
        codes = codes == null ? List.of() : List.copyOf(codes);
    }

    public static TaxRateFilter ofIds(List<String> ids) {
        return new TaxRateFilter(ids, List.of(), null, null);
    }
}
