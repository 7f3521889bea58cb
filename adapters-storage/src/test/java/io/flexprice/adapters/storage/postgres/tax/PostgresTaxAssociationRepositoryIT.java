package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.adapters.storage.TaxAssociationRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;

class PostgresTaxAssociationRepositoryIT extends TaxAssociationRepositoryContract {

    private final PostgresTaxAssociationRepository repository =
            new PostgresTaxAssociationRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTaxRateRepository rates =
            new PostgresTaxRateRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected TaxAssociationRepository repository() {
        return repository;
    }

    @Override
    protected TaxRateRepository rates() {
        return rates;
    }
}
