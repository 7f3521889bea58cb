package io.flexprice.adapters.storage.postgres.creditgrant;

import io.flexprice.adapters.storage.CreditGrantApplicationRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;

class PostgresCreditGrantApplicationRepositoryIT extends CreditGrantApplicationRepositoryContract {

    private final PostgresCreditGrantRepository grants =
            new PostgresCreditGrantRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCreditGrantApplicationRepository repository =
            new PostgresCreditGrantApplicationRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected CreditGrantRepository grants() {
        return grants;
    }

    @Override
    protected CreditGrantApplicationRepository repository() {
        return repository;
    }
}
