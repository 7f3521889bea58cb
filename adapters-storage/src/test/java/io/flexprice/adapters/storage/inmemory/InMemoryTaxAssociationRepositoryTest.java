package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.TaxAssociationRepositoryContract;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;

class InMemoryTaxAssociationRepositoryTest extends TaxAssociationRepositoryContract {

    private final InMemoryTaxAssociationRepository repository = new InMemoryTaxAssociationRepository();
    private final InMemoryTaxRateRepository rates = new InMemoryTaxRateRepository();

    @Override
    protected TaxAssociationRepository repository() {
        return repository;
    }

    @Override
    protected TaxRateRepository rates() {
        return rates;
    }
}
