package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.adapters.storage.TenantRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.tenancy.TenantRepository;

class PostgresTenantRepositoryIT extends TenantRepositoryContract {

    private final PostgresTenantRepository repository =
            new PostgresTenantRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected TenantRepository repository() {
        return repository;
    }
}
