package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.WalletRepositoryContract;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;

class InMemoryWalletRepositoryTest extends WalletRepositoryContract {

    private final InMemoryWalletRepository repository = new InMemoryWalletRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();

    @Override
    protected WalletRepository repository() {
        return repository;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }
}
