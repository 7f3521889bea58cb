package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.costsheet.CostsheetFilter;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import jakarta.inject.Inject;
import java.util.Optional;

/** Costsheets in memory, per scope; live names and lookup keys are checked unique in the same step as the write. */
public final class InMemoryCostsheetRepository implements CostsheetRepository {

    private final Partitions<Scope, CostsheetId, Costsheet> costsheets = new Partitions<>();

    @Inject
    public InMemoryCostsheetRepository() {
    }

    @Override
    public synchronized void insert(Costsheet costsheet) {
        requireFree(costsheet);
        costsheets.insert(costsheet.scope(), costsheet.id(), costsheet);
    }

    @Override
    public synchronized void update(Costsheet costsheet) {
        requireFree(costsheet);
        costsheets.replace(costsheet.scope(), costsheet.id(), costsheet);
    }

    @Override
    public Optional<Costsheet> findById(Scope scope, CostsheetId id) {
        return costsheets.find(scope, id);
    }

    @Override
    public Page<Costsheet> search(Scope scope, CostsheetFilter f, PageRequest page) {
        return Listings.page(costsheets.all(scope).stream()
                        .filter(c -> Listings.matchesAny(f.costsheetIds(), c.id().value())
                                && Listings.matchesAny(f.lookupKeys(), c.lookupKey())
                                && Listings.matches(f.name(), c.name())
                                && Listings.matchesStatus(f.status(), c.status())),
                CostsheetFilter.FIELDS, f.conditions(),
                Listings.creationOrder(page.order(), c -> c.audit().createdAt(), c -> c.id().value()), page);
    }

    @Override
    public Optional<Costsheet> findActive(Scope scope) {
        return costsheets.all(scope).stream().filter(c -> c.status() == Status.PUBLISHED)
                .max(Listings.creationOrder(PageRequest.SortOrder.ASC, c -> c.audit().createdAt(),
                        c -> c.id().value()));
    }

    private void requireFree(Costsheet c) {
        if (!c.isLive()) {
            return;
        }
        if (costsheets.anyOther(c.scope(), c.id(), o -> o.isLive() && o.name().equals(c.name()))) {
            throw new ConflictException(ErrorCode.COSTSHEET_NAME_TAKEN,
                    "a costsheet named " + c.name() + " already exists");
        }
        if (c.lookupKey() != null
                && costsheets.anyOther(c.scope(), c.id(), o -> o.isLive() && c.lookupKey().equals(o.lookupKey()))) {
            throw new ConflictException(ErrorCode.COSTSHEET_LOOKUP_KEY_TAKEN,
                    "a costsheet with lookup key " + c.lookupKey() + " already exists");
        }
    }
}
