package io.flexprice.ports.application.invoice;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.customer.Customer;
import io.flexprice.domain.customer.CustomerId;
import io.flexprice.domain.invoice.Invoice;
import io.flexprice.domain.invoice.InvoiceDraft;
import io.flexprice.domain.invoice.InvoiceId;
import io.flexprice.domain.invoice.InvoiceLineItem;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.ports.in.invoice.CustomerInvoiceSummary;
import io.flexprice.ports.in.invoice.CustomerInvoiceSummary.CurrencySummary;
import io.flexprice.ports.in.invoice.FindInvoicesQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceFilter;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

public final class FindInvoicesService implements FindInvoicesQuery {

    private final InvoiceRepository invoices;
    private final CustomerRepository customers;
    private final SubscriptionInvoiceDrafts drafts;
    private final IdGenerator ids;
    private final Clock clock;

    public FindInvoicesService(InvoiceRepository invoices, CustomerRepository customers,
                               SubscriptionInvoiceDrafts drafts, IdGenerator ids, Clock clock) {
        this.invoices = invoices;
        this.customers = customers;
        this.drafts = drafts;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Invoice get(Caller caller, InvoiceId id) {
        return Invoices.found(invoices, caller.scope(), id);
    }

    @Override
    public Page<Invoice> search(Caller caller, InvoiceFilter filter, PageRequest page) {
        return invoices.search(caller.scope(), filter, page);
    }

    @Override
    public Page<Invoice> searchByExternalCustomerId(Caller caller, String externalCustomerId, InvoiceFilter filter,
                                                    PageRequest page) {
        Customer customer = customers.findByExternalId(caller.scope(), externalCustomerId).filter(Customer::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND,
                        "customer with external id " + externalCustomerId + " not found"));
        String customerId = customer.id().value();
        if (filter.customerId() != null && !filter.customerId().equals(customerId)) {
            return new Page<>(List.of(), 0, page.limit(), page.offset());
        }
        return invoices.search(caller.scope(), new InvoiceFilter(filter.invoiceIds(), customerId,
                filter.subscriptionId(), filter.invoiceType(), filter.invoiceStatuses(), filter.paymentStatuses(),
                filter.periodStartGte(), filter.periodStartLte(), filter.periodEndGte(), filter.periodEndLte(),
                filter.amountDueGt(), filter.amountRemainingGt(), filter.conditions()), page);
    }

    @Override
    public Invoice preview(Caller caller, String subscriptionId, Period period) {
        InvoiceDraft draft = drafts.draft(caller.scope(), subscriptionId, period);
        Instant now = clock.instant();
        return Invoice.draft(Invoices.newId(ids), caller.scope(), draft, Invoices.lineIds(ids, draft),
                Audit.createdBy(caller.actor(), now));
    }

    @Override
    public CustomerInvoiceSummary customerSummary(Caller caller, CustomerId customerId) {
        customers.findById(caller.scope(), customerId).filter(Customer::isLive).orElseThrow(
                () -> new NotFoundException(ErrorCode.CUSTOMER_NOT_FOUND, "customer " + customerId + " not found"));
        InvoiceFilter filter = new InvoiceFilter(null, customerId.value(), null, null,
                List.of(InvoiceStatus.DRAFT, InvoiceStatus.FINALIZED), null, null, null, null, null, null, null);
        Instant now = clock.instant();
        Map<Currency, Totals> perCurrency = new TreeMap<>((a, b) -> a.getCurrencyCode().compareTo(b.getCurrencyCode()));
        String defaultCurrency = null;
        int offset = 0;
        Page<Invoice> page;
        do {
            page = invoices.search(caller.scope(), filter,
                    new PageRequest(PageRequest.MAX_LIMIT, offset, PageRequest.SortOrder.DESC));
            for (Invoice invoice : page.items()) {
                if (defaultCurrency == null) {
                    defaultCurrency = wire(invoice.currency());
                }
                perCurrency.computeIfAbsent(invoice.currency(), Totals::new).add(invoice, now);
            }
            offset += page.items().size();
        } while (!page.items().isEmpty() && offset < page.total());
        List<CurrencySummary> summaries = new ArrayList<>();
        perCurrency.values().forEach(totals -> summaries.add(totals.summary()));
        return new CustomerInvoiceSummary(customerId.value(), defaultCurrency, summaries);
    }

    private static String wire(Currency currency) {
        return currency.getCurrencyCode().toLowerCase(Locale.ROOT);
    }

    /** FlexPrice's sums for one currency. */
    private static final class Totals {

        private final Currency currency;
        private Money revenue;
        private Money unpaid;
        private Money overdue;
        private Money unpaidUsage;
        private Money unpaidFixed;
        private long count;
        private long unpaidCount;
        private long overdueCount;

        Totals(Currency currency) {
            this.currency = currency;
            revenue = unpaid = overdue = unpaidUsage = unpaidFixed = Money.zero(currency);
        }

        void add(Invoice invoice, Instant now) {
            revenue = revenue.plus(invoice.amounts().amountDue());
            count++;
            if (invoice.paymentStatus() == PaymentStatus.SUCCEEDED) {
                return;
            }
            Money remaining = invoice.amounts().amountRemaining();
            unpaid = unpaid.plus(remaining);
            unpaidCount++;
            if (invoice.dueDate() != null && invoice.dueDate().isBefore(now)) {
                overdue = overdue.plus(remaining);
                overdueCount++;
            }
            for (InvoiceLineItem line : invoice.lineItems()) {
                if (line.priceType() == PriceType.USAGE) {
                    unpaidUsage = unpaidUsage.plus(line.amount());
                } else {
                    unpaidFixed = unpaidFixed.plus(line.amount());
                }
            }
        }

        CurrencySummary summary() {
            return new CurrencySummary(wire(currency), revenue, unpaid, overdue, count, unpaidCount, overdueCount,
                    unpaidUsage, unpaidFixed);
        }
    }
}
