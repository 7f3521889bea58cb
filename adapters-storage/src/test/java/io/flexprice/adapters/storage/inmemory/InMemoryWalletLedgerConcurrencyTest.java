package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.WalletLedgerConcurrencyContract;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;

class InMemoryWalletLedgerConcurrencyTest extends WalletLedgerConcurrencyContract {

    private final InMemoryWalletRepository wallets = new InMemoryWalletRepository();
    private final InMemoryWalletTransactionRepository entries = new InMemoryWalletTransactionRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

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
