package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.EntitlementRepositoryContract;
import io.flexprice.ports.out.entitlement.EntitlementRepository;

class InMemoryEntitlementRepositoryTest extends EntitlementRepositoryContract {

    private final InMemoryEntitlementRepository repository = new InMemoryEntitlementRepository();

    @Override
    protected EntitlementRepository repository() {
        return repository;
    }
}
