package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.adapters.storage.ApiKeyRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;

class PostgresApiKeyRepositoryIT extends ApiKeyRepositoryContract {

    private final PostgresApiKeyRepository repository =
            new PostgresApiKeyRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected ApiKeyRepository repository() {
        return repository;
    }
}
