package io.flexprice.adapters.storage.postgres.addon;

import io.flexprice.adapters.storage.AddonRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.addon.AddonRepository;

class PostgresAddonRepositoryIT extends AddonRepositoryContract {

    private final PostgresAddonRepository repository =
            new PostgresAddonRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected AddonRepository repository() {
        return repository;
    }
}
