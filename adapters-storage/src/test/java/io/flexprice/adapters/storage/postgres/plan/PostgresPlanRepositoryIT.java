package io.flexprice.adapters.storage.postgres.plan;

import io.flexprice.adapters.storage.PlanRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.plan.PlanRepository;

class PostgresPlanRepositoryIT extends PlanRepositoryContract {

    private final PostgresPlanRepository repository =
            new PostgresPlanRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected PlanRepository repository() {
        return repository;
    }
}
