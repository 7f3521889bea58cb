package io.flexprice.adapters.storage.postgres.payment;

import io.flexprice.adapters.storage.PaymentRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.adapters.storage.postgres.invoice.PostgresInvoiceRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.payment.PaymentRepository;

class PostgresPaymentRepositoryIT extends PaymentRepositoryContract {

    private final PostgresPaymentRepository repository =
            new PostgresPaymentRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresInvoiceRepository invoices =
            new PostgresInvoiceRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCustomerRepository customers =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected PaymentRepository repository() {
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
