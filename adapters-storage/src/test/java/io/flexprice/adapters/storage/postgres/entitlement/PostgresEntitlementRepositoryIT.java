package io.flexprice.adapters.storage.postgres.entitlement;

import io.flexprice.adapters.storage.EntitlementRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.entitlement.EntitlementRepository;

class PostgresEntitlementRepositoryIT extends EntitlementRepositoryContract {

    private final PostgresEntitlementRepository repository =
            new PostgresEntitlementRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected EntitlementRepository repository() {
        return repository;
    }
}
