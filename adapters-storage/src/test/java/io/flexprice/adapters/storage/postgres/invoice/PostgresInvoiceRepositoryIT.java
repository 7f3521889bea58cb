package io.flexprice.adapters.storage.postgres.invoice;

import static io.flexprice.adapters.storage.InvoiceFixtures.MARCH;
import static io.flexprice.adapters.storage.InvoiceFixtures.finalized;
import static io.flexprice.adapters.storage.InvoiceFixtures.ofPeriod;
import static io.flexprice.adapters.storage.InvoiceFixtures.usd;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.adapters.storage.Concurrently;
import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.InvoiceFixtures;
import io.flexprice.adapters.storage.InvoiceRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import java.util.List;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class PostgresInvoiceRepositoryIT extends InvoiceRepositoryContract {

    private final PostgresInvoiceRepository repository =
            new PostgresInvoiceRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCustomerRepository customers =
            new PostgresCustomerRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTransactions transactions = PostgresTestDatabase.shared().transactions();

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

    @Test
    void aLockedInvoiceMakesConcurrentPaymentsQueueSoNoneIsLost() throws Exception {
        // 8 units of work each read the invoice under its lock and pay 1.00: without the lock some would read the
        // same amount paid and overwrite each other; with it, 8 × 1.00 = 8.00 is paid
        Scope scope = Fixtures.aScope();
        CustomerId customer = InvoiceFixtures.storedCustomer(customers, scope);
        Invoice invoice = finalized(ofPeriod(scope, customer, "sub_lock", MARCH, "10.00"));
        repository.createForPeriod(invoice);

        List<Future<Invoice>> results = Concurrently.run(8, thread -> transactions.inTransaction(() -> {
            Invoice current = repository.lockById(scope, invoice.id()).orElseThrow();
            Invoice paid = current.withPayment(usd("1.00"), Fixtures.T0, current.audit());
            repository.update(paid);
            return paid;
        }));

        for (Future<Invoice> result : results) {
            result.get();
        }
        Invoice stored = repository.findById(scope, invoice.id()).orElseThrow();
        assertThat(stored.amounts().amountPaid()).isEqualTo(usd("8.00"));
        assertThat(stored.amounts().amountRemaining()).isEqualTo(usd("2.00"));
    }
}
