package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CreditGrantApplicationRepositoryContract;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;

class InMemoryCreditGrantApplicationRepositoryTest extends CreditGrantApplicationRepositoryContract {

    private final InMemoryCreditGrantRepository grants = new InMemoryCreditGrantRepository();
    private final InMemoryCreditGrantApplicationRepository repository = new InMemoryCreditGrantApplicationRepository();

    @Override
    protected CreditGrantRepository grants() {
        return grants;
    }

    @Override
    protected CreditGrantApplicationRepository repository() {
        return repository;
    }
}
