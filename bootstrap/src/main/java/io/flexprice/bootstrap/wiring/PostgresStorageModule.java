package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Singleton;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.adapters.storage.postgres.creditnote.PostgresCreditNoteRepository;
import io.flexprice.adapters.storage.postgres.customer.PostgresCustomerRepository;
import io.flexprice.adapters.storage.postgres.addon.PostgresAddonRepository;
import io.flexprice.adapters.storage.postgres.invoice.PostgresInvoiceRepository;
import io.flexprice.adapters.storage.postgres.payment.PostgresPaymentRepository;
import io.flexprice.ports.out.creditnote.CreditNoteRepository;
import io.flexprice.ports.out.invoice.InvoiceRepository;
import io.flexprice.ports.out.payment.PaymentRepository;
import io.flexprice.adapters.storage.postgres.plan.PostgresPlanRepository;
import io.flexprice.adapters.storage.postgres.pricing.PostgresPriceRepository;
import io.flexprice.ports.out.addon.AddonRepository;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.adapters.storage.postgres.subscription.PostgresSubscriptionRepository;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
import io.flexprice.adapters.storage.postgres.feature.PostgresFeatureRepository;
import io.flexprice.adapters.storage.postgres.idempotency.PostgresIdempotencyKeyRepository;
import io.flexprice.adapters.storage.postgres.metering.PostgresEventStore;
import io.flexprice.adapters.storage.postgres.metering.PostgresMeterRepository;
import io.flexprice.adapters.storage.postgres.sequence.PostgresSequenceRepository;
import io.flexprice.adapters.storage.postgres.tenancy.PostgresApiKeyRepository;
import io.flexprice.adapters.storage.postgres.tenancy.PostgresEnvironmentRepository;
import io.flexprice.adapters.storage.postgres.tenancy.PostgresTenantRepository;
import io.flexprice.ports.out.common.SequenceRepository;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.customer.CustomerRepository;
import io.flexprice.ports.out.feature.FeatureRepository;
import io.flexprice.ports.out.idempotency.IdempotencyKeyRepository;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.MeterRepository;
import io.flexprice.ports.out.metering.UsageReader;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import io.flexprice.ports.out.tenancy.EnvironmentRepository;
import io.flexprice.ports.out.tenancy.TenantRepository;
// coupons and taxes
import io.flexprice.adapters.storage.postgres.coupon.PostgresCouponAssociationRepository;
import io.flexprice.adapters.storage.postgres.coupon.PostgresCouponRepository;
import io.flexprice.adapters.storage.postgres.tax.PostgresTaxAssociationRepository;
import io.flexprice.adapters.storage.postgres.tax.PostgresTaxRateRepository;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import io.flexprice.adapters.storage.postgres.creditgrant.PostgresCreditGrantApplicationRepository;
import io.flexprice.adapters.storage.postgres.creditgrant.PostgresCreditGrantRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import io.flexprice.adapters.storage.postgres.wallet.PostgresWalletRepository;
import io.flexprice.adapters.storage.postgres.wallet.PostgresWalletTransactionRepository;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;

// the billing loop
import io.flexprice.adapters.storage.postgres.billing.PostgresBillingCursorRepository;
import io.flexprice.ports.out.billing.BillingCursorRepository;
// entitlements and costsheets
import io.flexprice.adapters.storage.postgres.costsheet.PostgresCostsheetRepository;
import io.flexprice.adapters.storage.postgres.entitlement.PostgresEntitlementRepository;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.entitlement.EntitlementRepository;

/**
 * Every repository port on Postgres, over sessions whose pool the caller opened (and will close):
 * the module itself connects to nothing.
 */
public final class PostgresStorageModule extends AbstractModule {

    private final PostgresSessions sessions;

    public PostgresStorageModule(PostgresSessions sessions) {
        this.sessions = sessions;
    }

    @Override
    protected void configure() {
        bind(PostgresSessions.class).toInstance(sessions);
        bind(Transactions.class).to(PostgresTransactions.class).in(Singleton.class);
        bind(SequenceRepository.class).to(PostgresSequenceRepository.class).in(Singleton.class);
        bind(TenantRepository.class).to(PostgresTenantRepository.class).in(Singleton.class);
        bind(EnvironmentRepository.class).to(PostgresEnvironmentRepository.class).in(Singleton.class);
        bind(ApiKeyRepository.class).to(PostgresApiKeyRepository.class).in(Singleton.class);
        bind(CustomerRepository.class).to(PostgresCustomerRepository.class).in(Singleton.class);
        bind(FeatureRepository.class).to(PostgresFeatureRepository.class).in(Singleton.class);
        bind(PlanRepository.class).to(PostgresPlanRepository.class).in(Singleton.class);
        bind(PriceRepository.class).to(PostgresPriceRepository.class).in(Singleton.class);
        bind(AddonRepository.class).to(PostgresAddonRepository.class).in(Singleton.class);
        bind(MeterRepository.class).to(PostgresMeterRepository.class).in(Singleton.class);
        bind(SubscriptionRepository.class).to(PostgresSubscriptionRepository.class).in(Singleton.class);
        bind(IdempotencyKeyRepository.class).to(PostgresIdempotencyKeyRepository.class).in(Singleton.class);
        // one store answers both: events and the usage computed from them in SQL
        bind(EventRepository.class).to(PostgresEventStore.class);
        bind(UsageReader.class).to(PostgresEventStore.class);
        bind(PostgresEventStore.class).in(Singleton.class);
        // coupons and taxes
        bind(CouponRepository.class).to(PostgresCouponRepository.class).in(Singleton.class);
        bind(CouponAssociationRepository.class).to(PostgresCouponAssociationRepository.class).in(Singleton.class);
        bind(TaxRateRepository.class).to(PostgresTaxRateRepository.class).in(Singleton.class);
        bind(TaxAssociationRepository.class).to(PostgresTaxAssociationRepository.class).in(Singleton.class);
        // invoices, payments, credit notes
        bind(InvoiceRepository.class).to(PostgresInvoiceRepository.class).in(Singleton.class);
        bind(PaymentRepository.class).to(PostgresPaymentRepository.class).in(Singleton.class);
        bind(CreditNoteRepository.class).to(PostgresCreditNoteRepository.class).in(Singleton.class);
        // wallets
        bind(WalletRepository.class).to(PostgresWalletRepository.class).in(Singleton.class);
        bind(WalletTransactionRepository.class).to(PostgresWalletTransactionRepository.class).in(Singleton.class);
        // the billing loop's cursors
        bind(BillingCursorRepository.class).to(PostgresBillingCursorRepository.class).in(Singleton.class);
        // entitlements and costsheets
        bind(EntitlementRepository.class).to(PostgresEntitlementRepository.class).in(Singleton.class);
        bind(CostsheetRepository.class).to(PostgresCostsheetRepository.class).in(Singleton.class);
        // credit grants
        bind(CreditGrantRepository.class).to(PostgresCreditGrantRepository.class).in(Singleton.class);
        bind(CreditGrantApplicationRepository.class).to(PostgresCreditGrantApplicationRepository.class)
                .in(Singleton.class);
    }
}
