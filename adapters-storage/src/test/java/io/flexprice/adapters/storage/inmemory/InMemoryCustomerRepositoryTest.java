package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CustomerRepositoryContract;
import io.flexprice.ports.out.customer.CustomerRepository;

class InMemoryCustomerRepositoryTest extends CustomerRepositoryContract {

    private final InMemoryCustomerRepository repository = new InMemoryCustomerRepository();

    @Override
    protected CustomerRepository repository() {
        return repository;
    }
}
