package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CreditNoteRepositoryContract;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;

class InMemoryCreditNoteRepositoryTest extends CreditNoteRepositoryContract {

    private final InMemoryCreditNoteRepository repository = new InMemoryCreditNoteRepository();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();

    @Override
    protected CreditNoteRepository repository() {
        return repository;
    }

    @Override
    protected InvoiceRepository invoices() {
        return invoices;
    }

    @Override
    protected CustomerRepository customers() {
        return customers;
    }
}
