package io.flexprice.ports.application.costsheet;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.in.costsheet.FindCostsheetsQuery;
import io.flexprice.ports.in.costsheet.ManageCostsheetsUseCase.CostsheetView;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;

public final class FindCostsheetsService implements FindCostsheetsQuery {

    private final CostsheetRepository costsheets;
    private final PriceRepository prices;
    private final Clock clock;

    public FindCostsheetsService(CostsheetRepository costsheets, PriceRepository prices, Clock clock) {
        this.costsheets = costsheets;
        this.prices = prices;
        this.clock = clock;
    }

    @Override
    public CostsheetView get(Caller caller, CostsheetId id) {
        return view(prices, live(costsheets, caller.scope(), id), clock.instant());
    }

    @Override
    public CostsheetView active(Caller caller) {
        return costsheets.findActive(caller.scope()).map(c -> view(prices, c, clock.instant()))
                .orElseThrow(() -> new NotFoundException(ErrorCode.COSTSHEET_NOT_FOUND,
                        "no active costsheet found for this environment"));
    }

    @Override
    public Page<CostsheetView> search(Caller caller, CostsheetFilter filter, PageRequest page) {
        Instant now = clock.instant();
        Page<Costsheet> found = costsheets.search(caller.scope(), filter, page);
        return new Page<>(found.items().stream().map(c -> view(prices, c, now)).toList(), found.total(),
                found.limit(), found.offset());
    }

    static CostsheetView view(PriceRepository prices, Costsheet costsheet, Instant now) {
        return new CostsheetView(costsheet, EntityPrices.notEnded(prices, costsheet.scope(), PriceEntityType.COSTSHEET,
                costsheet.id().value(), now));
    }

    public static Costsheet live(CostsheetRepository costsheets, Scope scope, CostsheetId id) {
        return costsheets.findById(scope, id).filter(Costsheet::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.COSTSHEET_NOT_FOUND,
                        "costsheet " + id + " not found"));
    }
}
