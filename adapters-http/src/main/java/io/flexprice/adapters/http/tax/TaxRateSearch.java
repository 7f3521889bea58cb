package io.flexprice.adapters.http.tax;

import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.ports.out.tax.TaxRateFilter;
import java.util.List;

/**
 * FlexPrice's {@code types.TaxRateFilter} as {@code GET /v1/taxes/rates} takes it: {@code taxrate_ids},
 * {@code taxrate_codes} (comma separated or repeated), {@code scope}, {@code status}, paging.
 * {@code start_time}, {@code end_time} and {@code expand} are accepted and ignored.
 */
public record TaxRateSearch(TaxRateFilter filter, PageRequest page) {

    public static TaxRateSearch fromQuery(List<String> taxRateIds, List<String> codes, String scope, String status,
                                          String limit, String offset, String order) {
        WireParser wire = new WireParser();
        TaxRateScope rateScope = CreateTaxRateRequest.blank(scope) ? null
                : wire.parse(() -> TaxRateScope.fromWire(scope.trim()));
        Status statusFilter = wire.status(status);
        PageRequest page = wire.page(limit, offset, order);
        wire.throwIfInvalid();
        return new TaxRateSearch(new TaxRateFilter(WireParser.list(taxRateIds), WireParser.list(codes), rateScope,
                statusFilter), page);
    }
}
