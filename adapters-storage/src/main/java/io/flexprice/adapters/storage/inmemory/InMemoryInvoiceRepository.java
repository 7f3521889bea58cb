package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.PeriodInvoice;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Invoices in memory, per scope. Writes are serialised, so {@link #createForPeriod} checks for a live invoice of the
 * period and stores the new one in one step. {@link #lockById} reads without a lock of its own: in memory, units of
 * work already run one at a time ({@link InMemoryTransactions}).
 */
public final class InMemoryInvoiceRepository implements InvoiceRepository {

    private final Partitions<Scope, InvoiceId, Invoice> invoices = new Partitions<>();

    @Inject
    public InMemoryInvoiceRepository() {
    }

    @Override
    public synchronized void insert(Invoice invoice) {
        invoices.insert(invoice.scope(), invoice.id(), invoice);
    }

    @Override
    public synchronized PeriodInvoice createForPeriod(Invoice candidate) {
        Optional<Invoice> live = findLiveForPeriod(candidate.scope(), candidate.subscriptionId(), candidate.period(),
                candidate.billingReason());
        if (live.isPresent()) {
            return new PeriodInvoice(live.get(), false);
        }
        invoices.insert(candidate.scope(), candidate.id(), candidate);
        return new PeriodInvoice(candidate, true);
    }

    @Override
    public synchronized void update(Invoice invoice) {
        invoices.replace(invoice.scope(), invoice.id(), invoice);
    }

    @Override
    public Optional<Invoice> findById(Scope scope, InvoiceId id) {
        return invoices.find(scope, id);
    }

    @Override
    public Optional<Invoice> lockById(Scope scope, InvoiceId id) {
        return findById(scope, id);
    }

    @Override
    public Optional<Invoice> findLiveForPeriod(Scope scope, String subscriptionId, Period period,
                                               BillingReason reason) {
        return invoices.all(scope).stream()
                .filter(invoice -> invoice.isLive() && invoice.subscriptionId() != null
                        && invoice.subscriptionId().equals(subscriptionId) && Objects.equals(invoice.period(), period)
                        && invoice.billingReason() == reason)
                .findFirst();
    }

    @Override
    public Page<Invoice> search(Scope scope, InvoiceFilter filter, PageRequest page) {
        return Listings.page(invoices.all(scope).stream().filter(invoice -> matches(filter, invoice)),
                InvoiceFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), i -> i.audit().createdAt(), i -> i.id().value()), page);
    }

    private static boolean matches(InvoiceFilter filter, Invoice invoice) {
        Period period = invoice.period();
        return Listings.matchesAny(filter.invoiceIds(), invoice.id().value())
                && Listings.matches(filter.customerId(), invoice.customerId().value())
                && Listings.matches(filter.subscriptionId(), invoice.subscriptionId())
                && Listings.matches(filter.invoiceType(), invoice.invoiceType())
                && filter.admits(invoice.invoiceStatus())
                && Listings.matchesAny(filter.paymentStatuses(), invoice.paymentStatus())
                && atLeast(filter.periodStartGte(), period == null ? null : period.start())
                && atMost(filter.periodStartLte(), period == null ? null : period.start())
                && atLeast(filter.periodEndGte(), period == null ? null : period.end())
                && atMost(filter.periodEndLte(), period == null ? null : period.end())
                && above(filter.amountDueGt(), invoice.amounts().amountDue().amount())
                && above(filter.amountRemainingGt(), invoice.amounts().amountRemaining().amount());
    }

    private static boolean atLeast(Instant bound, Instant value) {
        return bound == null || value != null && !value.isBefore(bound);
    }

    private static boolean atMost(Instant bound, Instant value) {
        return bound == null || value != null && !value.isAfter(bound);
    }

    private static boolean above(BigDecimal bound, BigDecimal value) {
        return bound == null || value.compareTo(bound) > 0;
    }
}
