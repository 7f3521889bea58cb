package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.EnvironmentRepositoryContract;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;

class InMemoryEnvironmentRepositoryTest extends EnvironmentRepositoryContract {

    private final InMemoryEnvironmentRepository repository = new InMemoryEnvironmentRepository();
    private final InMemoryTenantRepository tenants = new InMemoryTenantRepository();

    @Override
    protected EnvironmentRepository repository() {
        return repository;
    }

    @Override
    protected TenantRepository tenants() {
        return tenants;
    }
}
