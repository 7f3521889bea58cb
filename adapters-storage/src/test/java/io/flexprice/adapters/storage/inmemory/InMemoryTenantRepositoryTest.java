package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.TenantRepositoryContract;
import io.flexprice.ports.out.tenancy.TenantRepository;

class InMemoryTenantRepositoryTest extends TenantRepositoryContract {

    private final InMemoryTenantRepository repository = new InMemoryTenantRepository();

    @Override
    protected TenantRepository repository() {
        return repository;
    }
}
