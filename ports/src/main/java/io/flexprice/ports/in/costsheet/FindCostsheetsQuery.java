package io.flexprice.ports.in.costsheet;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.ports.in.costsheet.ManageCostsheetsUseCase.CostsheetView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.costsheet.CostsheetFilter;

public interface FindCostsheetsQuery {

    /** @throws io.flexprice.domain.common.NotFoundException if there is no live costsheet with this id */
    CostsheetView get(Caller caller, CostsheetId id);

    /**
     * The environment's active costsheet, the published one created last, with its prices.
     *
     * @throws io.flexprice.domain.common.NotFoundException if there is none
     */
    CostsheetView active(Caller caller);

    /** Matching costsheets, each with its prices. */
    Page<CostsheetView> search(Caller caller, CostsheetFilter filter, PageRequest page);
}
