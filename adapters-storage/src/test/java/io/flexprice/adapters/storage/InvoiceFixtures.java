package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItemId;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.customer.CustomerRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.Currency;
import java.util.List;
import java.util.stream.IntStream;

/** Invoices for the storage contracts: drafts of a stored customer, with random ids. */
public final class InvoiceFixtures {

    public static final Currency USD = Currency.getInstance("USD");
    public static final Period MARCH = new Period(Instant.parse("2024-03-01T00:00:00Z"),
            Instant.parse("2024-04-01T00:00:00Z"));
    public static final Period APRIL = new Period(Instant.parse("2024-04-01T00:00:00Z"),
            Instant.parse("2024-05-01T00:00:00Z"));

    private InvoiceFixtures() {
    }

    public static Money usd(String amount) {
        return new Money(new BigDecimal(amount), USD);
    }

    /** A customer stored in {@code scope}, for invoices to name. */
    public static CustomerId storedCustomer(CustomerRepository customers, Scope scope) {
        Customer customer = Fixtures.aCustomer(scope).build();
        customers.insert(customer);
        return customer.id();
    }

    /** One line of quantity 1 per amount. */
    public static List<InvoiceDraft.Line> lines(String... amounts) {
        return Arrays.stream(amounts).map(a -> InvoiceDraft.Line.of("Line", BigDecimal.ONE, usd(a))).toList();
    }

    public static Invoice draft(Scope scope, InvoiceDraft draft, Instant createdAt) {
        List<InvoiceLineItemId> lineIds = IntStream.range(0, draft.lines().size())
                .mapToObj(i -> new InvoiceLineItemId(Fixtures.uniqueId("inv_line"))).toList();
        return Invoice.draft(new InvoiceId(Fixtures.uniqueId("inv")), scope, draft, lineIds,
                Audit.createdBy("alice", createdAt));
    }

    /** A one-off DRAFT of {@code amounts} created at {@link Fixtures#T0}. */
    public static Invoice oneOff(Scope scope, CustomerId customer, String... amounts) {
        return draft(scope, InvoiceDraft.oneOff(customer, USD, lines(amounts)), T0);
    }

    /** A DRAFT of subscription {@code subscriptionId}'s {@code period}. */
    public static Invoice ofPeriod(Scope scope, CustomerId customer, String subscriptionId, Period period,
                                   String... amounts) {
        return draft(scope, InvoiceDraft.forPeriod(customer, subscriptionId, period, USD, lines(amounts)), T0);
    }

    /** {@code invoice} finalized at {@link Fixtures#T0} with a random number. */
    public static Invoice finalized(Invoice invoice) {
        return invoice.finalized(Fixtures.uniqueId("INV"), T0, T0.plusSeconds(86_400), invoice.audit());
    }

    public static Invoice voided(Invoice invoice) {
        return invoice.voided(T0, Metadata.EMPTY, invoice.audit());
    }
}
