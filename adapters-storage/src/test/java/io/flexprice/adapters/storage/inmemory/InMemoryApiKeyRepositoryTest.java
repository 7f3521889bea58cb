package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.ApiKeyRepositoryContract;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;

class InMemoryApiKeyRepositoryTest extends ApiKeyRepositoryContract {

    private final InMemoryApiKeyRepository repository = new InMemoryApiKeyRepository();

    @Override
    protected ApiKeyRepository repository() {
        return repository;
    }
}
