package io.flexprice.ports.in.costsheet;

import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

public interface ManageCostsheetsUseCase {

    /** @throws io.flexprice.domain.common.ConflictException if a live costsheet has the name or lookup key */
    CostsheetView create(Caller caller, CreateCostsheetCommand command);

    CostsheetView update(Caller caller, CostsheetId id, UpdateCostsheetCommand command);

    /** Soft delete of the costsheet and of its prices. */
    void delete(Caller caller, CostsheetId id);

    /** A costsheet with its live prices that have not ended (current and scheduled versions), oldest first. */
    record CostsheetView(Costsheet costsheet, List<ListedPrice> prices) {

        public CostsheetView {
            prices = List.copyOf(prices);
        }
    }
}
