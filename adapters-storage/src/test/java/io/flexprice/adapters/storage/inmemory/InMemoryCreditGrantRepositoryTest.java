package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CreditGrantRepositoryContract;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;

class InMemoryCreditGrantRepositoryTest extends CreditGrantRepositoryContract {

    private final InMemoryCreditGrantRepository repository = new InMemoryCreditGrantRepository();

    @Override
    protected CreditGrantRepository repository() {
        return repository;
    }
}
