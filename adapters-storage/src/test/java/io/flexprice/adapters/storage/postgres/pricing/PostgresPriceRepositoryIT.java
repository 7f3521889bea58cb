package io.flexprice.adapters.storage.postgres.pricing;

import io.flexprice.adapters.storage.PriceRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.metering.PostgresMeterRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.pricing.PriceRepository;

class PostgresPriceRepositoryIT extends PriceRepositoryContract {

    private final PostgresPriceRepository repository =
            new PostgresPriceRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresMeterRepository meters =
            new PostgresMeterRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected PriceRepository repository() {
        return repository;
    }

    @Override
    protected MeterRepository meters() {
        return meters;
    }
}
