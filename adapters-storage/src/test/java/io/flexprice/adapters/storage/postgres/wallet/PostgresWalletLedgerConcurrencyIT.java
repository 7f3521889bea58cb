package io.flexprice.adapters.storage.postgres.wallet;

import io.flexprice.adapters.storage.WalletLedgerConcurrencyContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;

/** The wallet row lock ({@code SELECT ... FOR UPDATE}) under 8 concurrent transactions. */
class PostgresWalletLedgerConcurrencyIT extends WalletLedgerConcurrencyContract {

    private final PostgresWalletRepository wallets =
            new PostgresWalletRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresWalletTransactionRepository entries =
            new PostgresWalletTransactionRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCustomerRepository customers =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTransactions transactions = PostgresTestDatabase.shared().transactions();

    @Override
    protected WalletRepository wallets() {
        return wallets;
    }

    @Override
    protected WalletTransactionRepository entries() {
        return entries;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }

    @Override
    protected Transactions transactions() {
        return transactions;
    }
}
