package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.TaxRateRepositoryContract;
import io.flexprice.ports.out.tax.TaxRateRepository;

class InMemoryTaxRateRepositoryTest extends TaxRateRepositoryContract {

    private final InMemoryTaxRateRepository repository = new InMemoryTaxRateRepository();

    @Override
    protected TaxRateRepository repository() {
        return repository;
    }
}
