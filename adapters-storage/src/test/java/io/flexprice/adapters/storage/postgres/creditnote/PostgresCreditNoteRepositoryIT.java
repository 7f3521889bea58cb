package io.flexprice.adapters.storage.postgres.creditnote;

import io.flexprice.adapters.storage.CreditNoteRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.adapters.storage.postgres.invoice.PostgresInvoiceRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;

class PostgresCreditNoteRepositoryIT extends CreditNoteRepositoryContract {

    private final PostgresCreditNoteRepository repository =
            new PostgresCreditNoteRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresInvoiceRepository invoices =
            new PostgresInvoiceRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCustomerRepository customers =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());

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
