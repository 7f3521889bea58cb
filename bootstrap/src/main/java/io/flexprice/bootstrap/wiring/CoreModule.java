package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.plan.FindPlansService;
import io.flexprice.ports.application.plan.ManagePlansService;
import io.flexprice.ports.application.pricing.FindPricesService;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.plan.FindPlansQuery;
import io.flexprice.ports.in.plan.ManagePlansUseCase;
import io.flexprice.ports.in.pricing.FindPricesQuery;
import io.flexprice.ports.in.pricing.ManagePricesUseCase;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.ports.application.common.SecureRandomSecretGenerator;
import io.flexprice.ports.application.common.UlidIdGenerator;
import io.flexprice.ports.application.customer.FindCustomersService;
import io.flexprice.ports.application.customer.ManageCustomersService;
import io.flexprice.ports.application.feature.FindFeaturesService;
import io.flexprice.ports.application.feature.ManageFeaturesService;
import io.flexprice.ports.application.idempotency.ReplayIdempotentRequestsService;
import io.flexprice.ports.application.metering.FindEventsService;
import io.flexprice.ports.application.metering.GetUsageService;
import io.flexprice.ports.application.metering.IngestEventsService;
import io.flexprice.ports.application.metering.ProcessEventsService;
import io.flexprice.ports.application.tenancy.AuthenticateService;
import io.flexprice.ports.application.tenancy.ManageApiKeysService;
import io.flexprice.ports.application.tenancy.SeedLocalTenantService;
import io.flexprice.ports.in.customer.FindCustomersQuery;
import io.flexprice.ports.in.customer.ManageCustomersUseCase;
import io.flexprice.ports.in.feature.FindFeaturesQuery;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase;
import io.flexprice.ports.in.idempotency.ReplayIdempotentRequestsUseCase;
import io.flexprice.ports.in.metering.FindEventsQuery;
import io.flexprice.ports.in.metering.GetUsageQuery;
import io.flexprice.ports.in.metering.IngestEventsUseCase;
import io.flexprice.ports.in.metering.ProcessEventsUseCase;
import io.flexprice.ports.in.tenancy.AuthenticateUseCase;
import io.flexprice.ports.in.tenancy.ManageApiKeysUseCase;
import io.flexprice.ports.in.tenancy.SeedLocalTenantUseCase;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.SecretGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.metering.EventPublisher;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;
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
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.invoice.InvoiceCouponsAndTaxes;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.invoice.SubscriptionInvoiceDrafts;
import io.flexprice.ports.out.payment.PaymentRepository;
import java.time.Clock;

/** The application services behind the inbound ports; the out-ports come from the adapter modules. */
public final class CoreModule extends AbstractModule {

    private final Clock clock;

    public CoreModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
    }

    @Provides
    @Singleton
    IdGenerator ids(Clock clock) {
        return new UlidIdGenerator(clock);
    }

    @Provides
    @Singleton
    SecretGenerator secrets() {
        return new SecureRandomSecretGenerator();
    }

    @Provides
    @Singleton
    AuthenticateUseCase authenticate(ApiKeyRepository apiKeys, EnvironmentRepository environments, Clock clock) {
        return new AuthenticateService(apiKeys, environments, clock);
    }

    @Provides
    @Singleton
    ReplayIdempotentRequestsUseCase replayIdempotentRequests(IdempotencyKeyRepository keys, Clock clock) {
        return new ReplayIdempotentRequestsService(keys, clock);
    }

    @Provides
    @Singleton
    ManageApiKeysUseCase manageApiKeys(ApiKeyRepository apiKeys, IdGenerator ids, SecretGenerator secrets,
                                       Clock clock) {
        return new ManageApiKeysService(apiKeys, ids, secrets, clock);
    }

    @Provides
    @Singleton
    SeedLocalTenantUseCase seedLocalTenant(TenantRepository tenants, EnvironmentRepository environments,
                                           ApiKeyRepository apiKeys, Transactions transactions, IdGenerator ids,
                                           Clock clock) {
        return new SeedLocalTenantService(tenants, environments, apiKeys, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ManageCustomersUseCase manageCustomers(CustomerRepository customers, Transactions transactions, IdGenerator ids,
                                           Clock clock) {
        return new ManageCustomersService(customers, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindCustomersQuery findCustomers(CustomerRepository customers) {
        return new FindCustomersService(customers);
    }

    @Provides
    @Singleton
    ManageFeaturesUseCase manageFeatures(FeatureRepository features, MeterRepository meters,
                                         Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageFeaturesService(features, meters, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindFeaturesQuery findFeatures(FeatureRepository features, MeterRepository meters) {
        return new FindFeaturesService(features, meters);
    }

    @Provides
    @Singleton
    ManagePlansUseCase managePlans(PlanRepository plans, PriceRepository prices, MeterRepository meters,
                                   Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManagePlansService(plans, prices, meters, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindPlansQuery findPlans(PlanRepository plans, PriceRepository prices) {
        return new FindPlansService(plans, prices);
    }

    @Provides
    @Singleton
    ManagePricesUseCase managePrices(PriceRepository prices, PlanRepository plans, MeterRepository meters,
                                     Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManagePricesService(prices, plans, meters, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindPricesQuery findPrices(PriceRepository prices) {
        return new FindPricesService(prices);
    }

    @Provides
    @Singleton
    IngestEventsUseCase ingestEvents(EventPublisher publisher, IdGenerator ids, Clock clock) {
        return new IngestEventsService(publisher, ids, clock);
    }

    @Provides
    @Singleton
    ProcessEventsUseCase processEvents(EventRepository events) {
        return new ProcessEventsService(events);
    }

    @Provides
    @Singleton
    FindEventsQuery findEvents(EventRepository events) {
        return new FindEventsService(events);
    }

    @Provides
    @Singleton
    GetUsageQuery getUsage(UsageReader usage, MeterRepository meters, CustomerRepository customers, Clock clock) {
        return new GetUsageService(usage, meters, customers, clock);
    }

    // --- invoices, payments, credit notes ---

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
                                                           Transactions transactions, IdGenerator ids, Clock clock) {
        return new BillSubscriptionPeriodsService(invoices, drafts, sequences, settings, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ManageInvoicesUseCase manageInvoices(InvoiceRepository invoices, PaymentRepository payments,
                                         CreditNoteRepository creditNotes, CustomerRepository customers,
                                         SubscriptionInvoiceDrafts drafts, InvoiceCouponsAndTaxes couponsAndTaxes,
                                         BillSubscriptionPeriodsUseCase periods, SequenceRepository sequences,
                                         InvoiceSettings settings, Transactions transactions, IdGenerator ids,
                                         Clock clock) {
        return new ManageInvoicesService(invoices, payments, creditNotes, customers, drafts, couponsAndTaxes, periods,
                sequences, settings, transactions, ids, clock);
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
                                         Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManagePaymentsService(payments, invoices, transactions, ids, clock);
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
