package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.adapters.storage.WalletRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;

class PostgresWalletRepositoryIT extends WalletRepositoryContract {

    private final PostgresWalletRepository repository =
            new PostgresWalletRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCustomerRepository customers =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected WalletRepository repository() {
        return repository;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }
}
