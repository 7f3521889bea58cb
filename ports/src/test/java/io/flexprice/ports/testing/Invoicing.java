package io.flexprice.ports.testing;

import io.flexprice.ports.application.billing.CatalogCouponsAndTaxes;
import io.flexprice.ports.application.creditnote.FindCreditNotesService;
import io.flexprice.ports.application.creditnote.ManageCreditNotesService;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.invoice.ManageInvoicesService;
import io.flexprice.ports.application.payment.FindPaymentsService;
import io.flexprice.ports.application.payment.ManagePaymentsService;
import java.time.Clock;

/** The invoicing services over shared fakes, at one clock, with the customer cust_stored_1 stored. */
public final class Invoicing {

    public final FakeInvoiceRepository invoices = new FakeInvoiceRepository();
    public final FakePaymentRepository payments = new FakePaymentRepository();
    public final FakeCreditNoteRepository creditNotes = new FakeCreditNoteRepository();
    public final FakeCustomerRepository customers = new FakeCustomerRepository();
    public final FakeSequenceRepository sequences = new FakeSequenceRepository();
    public final FakeSubscriptionInvoiceDrafts drafts = new FakeSubscriptionInvoiceDrafts();
    public final ImmediateTransactions transactions = new ImmediateTransactions();
    public final SequentialIdGenerator ids = new SequentialIdGenerator();
    public final ManageInvoicesService manageInvoices;
    public final ManagePaymentsService managePayments;
    public final FindPaymentsService findPayments;
    public final ManageCreditNotesService manageCreditNotes;
    public final FindCreditNotesService findCreditNotes;

    public Invoicing(Clock clock) {
        customers.add(Customers.aCustomer().build());
        BillSubscriptionPeriodsService periods = new BillSubscriptionPeriodsService(invoices, drafts, sequences,
                InvoiceSettings.DEFAULTS, transactions, ids, clock);
        manageInvoices = new ManageInvoicesService(invoices, payments, creditNotes, customers, drafts,
                new CatalogCouponsAndTaxes(new FakeCouponRepository(), new FakeCouponAssociationRepository(),
                new FakeTaxRateRepository(), clock), periods, sequences, InvoiceSettings.DEFAULTS, transactions, ids,
                clock);
        managePayments = new ManagePaymentsService(payments, invoices, transactions, ids, clock);
        findPayments = new FindPaymentsService(payments);
        manageCreditNotes = new ManageCreditNotesService(creditNotes, invoices, sequences, InvoiceSettings.DEFAULTS,
                transactions, ids, clock);
        findCreditNotes = new FindCreditNotesService(creditNotes);
    }

    public Invoicing() {
        this(Fixtures.CLOCK);
    }
}
