package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.IdempotencyKeyRepositoryContract;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;

class InMemoryIdempotencyKeyRepositoryTest extends IdempotencyKeyRepositoryContract {

    private final InMemoryIdempotencyKeyRepository repository = new InMemoryIdempotencyKeyRepository();

    @Override
    protected IdempotencyKeyRepository repository() {
        return repository;
    }
}
