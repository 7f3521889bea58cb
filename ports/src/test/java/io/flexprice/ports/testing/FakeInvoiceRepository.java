package io.flexprice.ports.testing;

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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** Invoices in a map; counts locks so tests can see a change read its invoice under one. */
public final class FakeInvoiceRepository implements InvoiceRepository {

    private final Map<List<Object>, Invoice> invoices = new LinkedHashMap<>();
    private final List<InvoiceId> locked = new ArrayList<>();

    @Override
    public void insert(Invoice invoice) {
        if (invoices.containsKey(key(invoice.scope(), invoice.id()))) {
            throw new IllegalStateException("invoice " + invoice.id() + " is already stored");
        }
        invoices.put(key(invoice.scope(), invoice.id()), invoice);
    }

    @Override
    public synchronized PeriodInvoice createForPeriod(Invoice candidate) {
        Optional<Invoice> live = findLiveForPeriod(candidate.scope(), candidate.subscriptionId(), candidate.period(),
                candidate.billingReason());
        if (live.isPresent()) {
            return new PeriodInvoice(live.get(), false);
        }
        insert(candidate);
        return new PeriodInvoice(candidate, true);
    }

    @Override
    public void update(Invoice invoice) {
        if (!invoices.containsKey(key(invoice.scope(), invoice.id()))) {
            throw new IllegalStateException("invoice " + invoice.id() + " is not stored");
        }
        invoices.put(key(invoice.scope(), invoice.id()), invoice);
    }

    @Override
    public Optional<Invoice> findById(Scope scope, InvoiceId id) {
        return Optional.ofNullable(invoices.get(key(scope, id)));
    }

    @Override
    public Optional<Invoice> lockById(Scope scope, InvoiceId id) {
        locked.add(id);
        return findById(scope, id);
    }

    @Override
    public Optional<Invoice> findLiveForPeriod(Scope scope, String subscriptionId, Period period,
                                               BillingReason reason) {
        return invoices.values().stream()
                .filter(i -> i.scope().equals(scope) && i.isLive() && Objects.equals(i.subscriptionId(), subscriptionId)
                        && Objects.equals(i.period(), period) && i.billingReason() == reason)
                .findFirst();
    }

    @Override
    public Page<Invoice> search(Scope scope, InvoiceFilter filter, PageRequest page) {
        return Pages.of(invoices.values().stream()
                .filter(i -> i.scope().equals(scope))
                .filter(i -> Pages.matchesAny(filter.invoiceIds(), i.id().value()))
                .filter(i -> filter.customerId() == null || filter.customerId().equals(i.customerId().value()))
                .filter(i -> filter.subscriptionId() == null || filter.subscriptionId().equals(i.subscriptionId()))
                .filter(i -> filter.admits(i.invoiceStatus()))
                .filter(i -> Pages.matchesAny(filter.paymentStatuses(), i.paymentStatus()))
                .filter(i -> InvoiceFilter.FIELDS.matches(i, filter.conditions()))
                .toList(), page);
    }

    public Invoice stored(InvoiceId id) {
        return invoices.values().stream().filter(i -> i.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("invoice " + id + " is not stored"));
    }

    public List<Invoice> all() {
        return List.copyOf(invoices.values());
    }

    /** The ids of the invoices locked so far, in order. */
    public List<InvoiceId> locked() {
        return List.copyOf(locked);
    }

    private static List<Object> key(Scope scope, InvoiceId id) {
        return List.of(scope, id);
    }
}
