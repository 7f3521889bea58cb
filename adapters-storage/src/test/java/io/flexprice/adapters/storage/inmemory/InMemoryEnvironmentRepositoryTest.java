package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.EnvironmentRepositoryContract;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;

class InMemoryEnvironmentRepositoryTest extends EnvironmentRepositoryContract {

    private final InMemoryEnvironmentRepository repository = new InMemoryEnvironmentRepository();

    @Override
    protected EnvironmentRepository repository() {
        return repository;
    }
}
