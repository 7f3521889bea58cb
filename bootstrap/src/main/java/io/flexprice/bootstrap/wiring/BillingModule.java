package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.billing.BillingSubscriptionsService;
import io.flexprice.ports.application.billing.CatalogCouponsAndTaxes;
import io.flexprice.ports.application.billing.SubscriptionPeriodDrafts;
import io.flexprice.ports.application.creditnote.FindCreditNotesService;
import io.flexprice.ports.application.creditnote.ManageCreditNotesService;
import io.flexprice.ports.application.invoice.BillSubscriptionPeriodsService;
import io.flexprice.ports.application.invoice.FindInvoicesService;
import io.flexprice.ports.application.invoice.InvoiceSettings;
import io.flexprice.ports.application.invoice.ManageInvoicesService;
import io.flexprice.ports.application.payment.FindPaymentsService;
import io.flexprice.ports.application.payment.ManagePaymentsService;
import io.flexprice.ports.application.subscription.ManageSubscriptionsService;
import io.flexprice.ports.in.coupon.AttachCouponUseCase;
import io.flexprice.ports.in.creditnote.FindCreditNotesQuery;
import io.flexprice.ports.in.creditnote.ManageCreditNotesUseCase;
import io.flexprice.ports.in.invoice.BillSubscriptionPeriodsUseCase;
import io.flexprice.ports.in.invoice.FindInvoicesQuery;
import io.flexprice.ports.in.invoice.ManageInvoicesUseCase;
import io.flexprice.ports.in.payment.FindPaymentsQuery;
import io.flexprice.ports.in.payment.ManagePaymentsUseCase;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.InvoiceSettlements;
import io.flexprice.ports.out.invoice.PrepaidCredits;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.payment.CreditsPayments;
import io.flexprice.ports.out.payment.PaymentRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Clock;

/** Invoices, payments and credit notes: the services that bill and settle. Installed by {@link CoreModule}. */
final class BillingModule extends AbstractModule {

    @Provides
    @Singleton
    InvoiceSettings invoiceSettings() {
        return InvoiceSettings.DEFAULTS;
    }

    /** A subscription's period invoice: its charges, coupons and taxes (previews, recalculation, the billing loop). */
    @Provides
    @Singleton
    SubscriptionInvoiceDrafts subscriptionInvoiceDrafts(SubscriptionRepository subscriptions,
                                                        CustomerRepository customers, PlanRepository plans,
                                                        MeterRepository meters, UsageReader usage,
                                                        CouponAssociationRepository couponAssociations,
                                                        CouponRepository coupons, FindApplicableTaxesQuery taxes,
                                                        Clock clock) {
        return new SubscriptionPeriodDrafts(subscriptions, customers, plans, meters, usage, couponAssociations,
                coupons, taxes, clock);
    }

    /** The coupons and tax rates a one-off invoice names, from their catalogs. */
    @Provides
    @Singleton
    InvoiceCouponsAndTaxes invoiceCouponsAndTaxes(CouponRepository coupons,
                                                  CouponAssociationRepository couponAssociations,
                                                  TaxRateRepository rates, Clock clock) {
        return new CatalogCouponsAndTaxes(coupons, couponAssociations, rates, clock);
    }

    /**
     * Subscriptions that bill: creation (with coupons) issues the first invoice, an immediate cancellation and a
     * plan change settle with invoices and credit notes, in the unit of work of the change.
     */
    @Provides
    @Singleton
    ManageSubscriptionsUseCase manageSubscriptions(ManageSubscriptionsService subscriptions,
                                                   BillSubscriptionPeriodsUseCase periods,
                                                   AttachCouponUseCase attachCoupon, CouponRepository coupons,
                                                   CouponAssociationRepository couponAssociations,
                                                   FindApplicableTaxesQuery taxes, PlanRepository plans,
                                                   MeterRepository meters, InvoiceRepository invoices,
                                                   CreditNoteRepository creditNotes,
                                                   ManageCreditNotesUseCase manageCreditNotes,
                                                   Transactions transactions, Clock clock) {
        return new BillingSubscriptionsService(subscriptions, periods, attachCoupon, coupons, couponAssociations,
                taxes, plans, meters, invoices, creditNotes, manageCreditNotes, transactions, clock);
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
