package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.WalletTransactionRepositoryContract;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;

class InMemoryWalletTransactionRepositoryTest extends WalletTransactionRepositoryContract {

    private final InMemoryWalletTransactionRepository repository = new InMemoryWalletTransactionRepository();
    private final InMemoryWalletRepository wallets = new InMemoryWalletRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();

    @Override
    protected WalletTransactionRepository repository() {
        return repository;
    }

    @Override
    protected WalletRepository wallets() {
        return wallets;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }
}
