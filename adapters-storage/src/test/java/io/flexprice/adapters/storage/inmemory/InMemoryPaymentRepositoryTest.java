package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.PaymentRepositoryContract;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.payment.PaymentRepository;

class InMemoryPaymentRepositoryTest extends PaymentRepositoryContract {

    private final InMemoryPaymentRepository repository = new InMemoryPaymentRepository();
    private final InMemoryInvoiceRepository invoices = new InMemoryInvoiceRepository();
    private final InMemoryCustomerRepository customers = new InMemoryCustomerRepository();

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
