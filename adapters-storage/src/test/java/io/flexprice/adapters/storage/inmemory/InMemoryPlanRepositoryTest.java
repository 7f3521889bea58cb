package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.PlanRepositoryContract;
import io.flexprice.ports.out.plan.PlanRepository;

class InMemoryPlanRepositoryTest extends PlanRepositoryContract {

    private final InMemoryPlanRepository repository = new InMemoryPlanRepository();

    @Override
    protected PlanRepository repository() {
        return repository;
    }
}
