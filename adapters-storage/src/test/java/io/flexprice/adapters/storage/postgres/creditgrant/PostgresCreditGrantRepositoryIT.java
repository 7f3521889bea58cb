package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.adapters.storage.CreditGrantRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;

class PostgresCreditGrantRepositoryIT extends CreditGrantRepositoryContract {

    private final PostgresCreditGrantRepository repository =
            new PostgresCreditGrantRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected CreditGrantRepository repository() {
        return repository;
    }
}
