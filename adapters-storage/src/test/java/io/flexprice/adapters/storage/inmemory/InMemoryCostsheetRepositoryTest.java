package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CostsheetRepositoryContract;
import io.flexprice.ports.out.costsheet.CostsheetRepository;

class InMemoryCostsheetRepositoryTest extends CostsheetRepositoryContract {

    private final InMemoryCostsheetRepository repository = new InMemoryCostsheetRepository();

    @Override
    protected CostsheetRepository repository() {
        return repository;
    }
}
