package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.InvoiceRepositoryContract;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;

class InMemoryInvoiceRepositoryTest extends InvoiceRepositoryContract {

    private final InMemoryInvoiceRepository repository = new InMemoryInvoiceRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();
    private final InMemoryTransactions transactions = new InMemoryTransactions();

    @Override
    protected InvoiceRepository repository() {
        return repository;
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
