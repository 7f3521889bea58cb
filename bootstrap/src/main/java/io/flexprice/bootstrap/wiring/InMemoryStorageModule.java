package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import io.flexprice.adapters.storage.inmemory.InMemoryAddonRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryApiKeyRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryBillingCursorRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCostsheetRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCouponAssociationRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCouponRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCreditGrantApplicationRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCreditGrantRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCreditNoteRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryCustomerRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryEntitlementRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryEnvironmentRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryEventStore;
import io.flexprice.adapters.storage.inmemory.InMemoryFeatureRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryIdempotencyKeyRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryInvoiceRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryMeterRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryPaymentRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryPlanRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryPriceRepository;
import io.flexprice.adapters.storage.inmemory.InMemorySequenceRepository;
import io.flexprice.adapters.storage.inmemory.InMemorySubscriptionRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTaxAssociationRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTaxRateRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTenantRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryTransactions;
import io.flexprice.adapters.storage.inmemory.InMemoryWalletRepository;
import io.flexprice.adapters.storage.inmemory.InMemoryWalletTransactionRepository;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.billing.BillingCursorRepository;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.payment.PaymentRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;

/**
 * Every repository port in memory: the whole billing loop in one JVM with no database, for tests and for
 * embedding the application services ({@code Guice.createInjector(new CoreModule(clock), new
 * InMemoryStorageModule(), new InProcessMessagingModule())}). Nothing survives the process, and a unit of work
 * does not roll back when it fails ({@link InMemoryTransactions}); local mode uses {@link PostgresStorageModule}.
 */
public final class InMemoryStorageModule extends AbstractModule {

    @Override
    protected void configure() {
        bind(Transactions.class).toInstance(new InMemoryTransactions());
        bind(SequenceRepository.class).toInstance(new InMemorySequenceRepository());
        bind(TenantRepository.class).toInstance(new InMemoryTenantRepository());
        bind(EnvironmentRepository.class).toInstance(new InMemoryEnvironmentRepository());
        bind(ApiKeyRepository.class).toInstance(new InMemoryApiKeyRepository());
        bind(CustomerRepository.class).toInstance(new InMemoryCustomerRepository());
        bind(FeatureRepository.class).toInstance(new InMemoryFeatureRepository());
        bind(PlanRepository.class).toInstance(new InMemoryPlanRepository());
        bind(PriceRepository.class).toInstance(new InMemoryPriceRepository());
        bind(AddonRepository.class).toInstance(new InMemoryAddonRepository());
        bind(MeterRepository.class).toInstance(new InMemoryMeterRepository());
        bind(SubscriptionRepository.class).toInstance(new InMemorySubscriptionRepository());
        bind(IdempotencyKeyRepository.class).toInstance(new InMemoryIdempotencyKeyRepository());
        bind(CouponRepository.class).toInstance(new InMemoryCouponRepository());
        bind(CouponAssociationRepository.class).toInstance(new InMemoryCouponAssociationRepository());
        bind(TaxRateRepository.class).toInstance(new InMemoryTaxRateRepository());
        bind(TaxAssociationRepository.class).toInstance(new InMemoryTaxAssociationRepository());
        bind(InvoiceRepository.class).toInstance(new InMemoryInvoiceRepository());
        bind(PaymentRepository.class).toInstance(new InMemoryPaymentRepository());
        bind(CreditNoteRepository.class).toInstance(new InMemoryCreditNoteRepository());
        bind(WalletRepository.class).toInstance(new InMemoryWalletRepository());
        bind(WalletTransactionRepository.class).toInstance(new InMemoryWalletTransactionRepository());
        bind(BillingCursorRepository.class).toInstance(new InMemoryBillingCursorRepository());
        bind(EntitlementRepository.class).toInstance(new InMemoryEntitlementRepository());
        bind(CostsheetRepository.class).toInstance(new InMemoryCostsheetRepository());
        bind(CreditGrantRepository.class).toInstance(new InMemoryCreditGrantRepository());
        bind(CreditGrantApplicationRepository.class).toInstance(new InMemoryCreditGrantApplicationRepository());
        InMemoryEventStore events = new InMemoryEventStore(); // the events, and the usage computed from them
        bind(EventRepository.class).toInstance(events);
        bind(UsageReader.class).toInstance(events);
    }
}
