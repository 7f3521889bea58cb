package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.creditnote.FindCreditNotesService;
import io.flexprice.ports.application.creditnote.ManageCreditNotesService;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.CouponsAndTaxesNotConnected;
import io.flexprice.ports.application.invoice.FindInvoicesService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.invoice.ManageInvoicesService;
import io.flexprice.ports.application.invoice.SubscriptionsNotConnected;
import io.flexprice.ports.application.payment.FindPaymentsService;
import io.flexprice.ports.application.payment.ManagePaymentsService;
import io.flexprice.ports.in.creditnote.FindCreditNotesQuery;
import io.flexprice.ports.in.creditnote.ManageCreditNotesUseCase;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.invoice.FindInvoicesQuery;
import io.flexprice.ports.in.invoice.ManageInvoicesUseCase;
import io.flexprice.ports.in.payment.FindPaymentsQuery;
import io.flexprice.ports.in.payment.ManagePaymentsUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.InvoiceSettlements;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import io.flexprice.ports.out.payment.CreditsPayments;
import io.flexprice.ports.out.payment.PaymentRepository;
import java.time.Clock;

/** Invoices, payments and credit notes: the services that bill and settle. Installed by {@link CoreModule}. */
final class BillingModule extends AbstractModule {

    @Provides
    @Singleton
    InvoiceSettings invoiceSettings() {
        return InvoiceSettings.DEFAULTS;
    }

    /** Until subscriptions are connected: previews and recalculation answer 400 request.not_implemented. */
    @Provides
    @Singleton
    SubscriptionInvoiceDrafts subscriptionInvoiceDrafts() {
        return new SubscriptionsNotConnected();
    }

    /** Until the coupon and tax rate catalogs are connected: an invoice naming one answers 400. */
    @Provides
    @Singleton
    InvoiceCouponsAndTaxes invoiceCouponsAndTaxes() {
        return new CouponsAndTaxesNotConnected();
    }

    @Provides
    @Singleton
    BillSubscriptionPeriodsUseCase billSubscriptionPeriods(InvoiceRepository invoices,
                                                           SubscriptionInvoiceDrafts drafts,
                                                           SequenceRepository sequences, InvoiceSettings settings,
                                                           Transactions transactions, IdGenerator ids, Clock clock,
                                                           PrepaidCredits prepaid) {
        return new BillSubscriptionPeriodsService(invoices, drafts, sequences, settings, transactions, ids, clock,
                prepaid);
    }

    @Provides
    @Singleton
    ManageInvoicesUseCase manageInvoices(InvoiceRepository invoices, PaymentRepository payments,
                                         CreditNoteRepository creditNotes, CustomerRepository customers,
                                         SubscriptionInvoiceDrafts drafts, InvoiceCouponsAndTaxes couponsAndTaxes,
                                         BillSubscriptionPeriodsUseCase periods, SequenceRepository sequences,
                                         InvoiceSettings settings, Transactions transactions, IdGenerator ids,
                                         Clock clock, CreditsPayments credits, InvoiceSettlements settlements,
                                         PrepaidCredits prepaid) {
        return new ManageInvoicesService(invoices, payments, creditNotes, customers, drafts, couponsAndTaxes, periods,
                sequences, settings, transactions, ids, clock, credits, settlements, prepaid);
    }

    @Provides
    @Singleton
    FindInvoicesQuery findInvoices(InvoiceRepository invoices, CustomerRepository customers,
                                   SubscriptionInvoiceDrafts drafts, IdGenerator ids, Clock clock) {
        return new FindInvoicesService(invoices, customers, drafts, ids, clock);
    }

    @Provides
    @Singleton
    ManagePaymentsUseCase managePayments(PaymentRepository payments, InvoiceRepository invoices,
                                         Transactions transactions, IdGenerator ids, Clock clock,
                                         CreditsPayments credits, InvoiceSettlements settlements) {
        return new ManagePaymentsService(payments, invoices, transactions, ids, clock, credits, settlements);
    }

    @Provides
    @Singleton
    FindPaymentsQuery findPayments(PaymentRepository payments) {
        return new FindPaymentsService(payments);
    }

    @Provides
    @Singleton
    ManageCreditNotesUseCase manageCreditNotes(CreditNoteRepository creditNotes, InvoiceRepository invoices,
                                               SequenceRepository sequences, InvoiceSettings settings,
                                               Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageCreditNotesService(creditNotes, invoices, sequences, settings, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindCreditNotesQuery findCreditNotes(CreditNoteRepository creditNotes) {
        return new FindCreditNotesService(creditNotes);
    }
}
