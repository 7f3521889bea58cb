package io.flexprice.adapters.storage.postgres.costsheet;

import io.flexprice.adapters.storage.CostsheetRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.costsheet.CostsheetRepository;

class PostgresCostsheetRepositoryIT extends CostsheetRepositoryContract {

    private final PostgresCostsheetRepository repository =
            new PostgresCostsheetRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected CostsheetRepository repository() {
        return repository;
    }
}
