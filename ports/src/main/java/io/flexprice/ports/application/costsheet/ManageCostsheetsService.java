package io.flexprice.ports.application.costsheet;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.ports.application.pricing.EntityPrices;
import io.flexprice.ports.in.costsheet.CreateCostsheetCommand;
import io.flexprice.ports.in.costsheet.ManageCostsheetsUseCase;
import io.flexprice.ports.in.costsheet.UpdateCostsheetCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import java.time.Clock;
import java.time.Instant;
import java.util.List;

public final class ManageCostsheetsService implements ManageCostsheetsUseCase {

    private final CostsheetRepository costsheets;
    private final PriceRepository prices;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageCostsheetsService(CostsheetRepository costsheets, PriceRepository prices, Transactions transactions,
                                   IdGenerator ids, Clock clock) {
        this.costsheets = costsheets;
        this.prices = prices;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CostsheetView create(Caller caller, CreateCostsheetCommand c) {
        Costsheet costsheet = new Costsheet(new CostsheetId(ids.newId("costsheet")), caller.scope(), c.name(),
                c.description(), c.lookupKey(), c.metadata() == null ? Metadata.EMPTY : Metadata.of(c.metadata()),
                Status.PUBLISHED, Audit.createdBy(caller.actor(), clock.instant()));
        transactions.inTransaction(() -> costsheets.insert(costsheet));
        return new CostsheetView(costsheet, List.of());
    }

    @Override
    public CostsheetView update(Caller caller, CostsheetId id, UpdateCostsheetCommand c) {
        return transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Costsheet current = FindCostsheetsService.live(costsheets, caller.scope(), id);
            Costsheet updated = current.withDetails(c.name() == null ? current.name() : c.name(),
                    c.description() == null ? current.description() : c.description(),
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), now));
            costsheets.update(updated);
            return FindCostsheetsService.view(prices, updated, now);
        });
    }

    @Override
    public void delete(Caller caller, CostsheetId id) {
        transactions.inTransaction(() -> {
            Instant now = clock.instant();
            Costsheet current = FindCostsheetsService.live(costsheets, caller.scope(), id);
            costsheets.update(current.deleted(current.audit().updatedBy(caller.actor(), now)));
            EntityPrices.deleteAll(prices, caller.scope(), PriceEntityType.COSTSHEET, id.value(), caller.actor(), now);
        });
    }
}
