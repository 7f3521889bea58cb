package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.adapters.storage.MeterRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.metering.MeterRepository;

class PostgresMeterRepositoryIT extends MeterRepositoryContract {

    private final PostgresMeterRepository repository =
            new PostgresMeterRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected MeterRepository repository() {
        return repository;
    }
}
