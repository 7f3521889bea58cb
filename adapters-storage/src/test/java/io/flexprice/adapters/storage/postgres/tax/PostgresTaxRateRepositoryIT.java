package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.adapters.storage.TaxRateRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.tax.TaxRateRepository;

class PostgresTaxRateRepositoryIT extends TaxRateRepositoryContract {

    private final PostgresTaxRateRepository repository =
            new PostgresTaxRateRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected TaxRateRepository repository() {
        return repository;
    }
}
