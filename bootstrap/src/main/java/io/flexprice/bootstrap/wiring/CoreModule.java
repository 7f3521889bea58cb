package io.flexprice.bootstrap.wiring;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import io.flexprice.ports.application.addon.FindAddonsService;
import io.flexprice.ports.application.addon.ManageAddonsService;
import io.flexprice.ports.in.addon.FindAddonsQuery;
import io.flexprice.ports.in.addon.ManageAddonsUseCase;
import io.flexprice.ports.out.addon.AddonRepository;
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
import io.flexprice.ports.application.wallet.ApplyWalletCreditsService;
import io.flexprice.ports.application.wallet.DebitWalletService;
import io.flexprice.ports.application.wallet.ExpireWalletCreditsService;
import io.flexprice.ports.application.wallet.FindWalletsService;
import io.flexprice.ports.application.wallet.ManageWalletsService;
import io.flexprice.ports.application.wallet.SettlePurchasedTopUpsService;
import io.flexprice.ports.application.wallet.TopUpInvoicesNotConnected;
import io.flexprice.ports.application.wallet.TopUpWalletService;
import io.flexprice.ports.application.wallet.UnbilledUsageNotConnected;
import io.flexprice.ports.in.wallet.ApplyWalletCreditsUseCase;
import io.flexprice.ports.in.wallet.DebitWalletUseCase;
import io.flexprice.ports.in.wallet.ExpireWalletCreditsUseCase;
import io.flexprice.ports.in.wallet.FindWalletsQuery;
import io.flexprice.ports.in.wallet.ManageWalletsUseCase;
import io.flexprice.ports.in.wallet.SettlePurchasedTopUpsUseCase;
import io.flexprice.ports.in.wallet.TopUpWalletUseCase;
import io.flexprice.ports.out.wallet.TopUpInvoicer;
import io.flexprice.ports.out.wallet.UnbilledUsage;
import io.flexprice.ports.out.wallet.WalletRepository;
import io.flexprice.ports.out.wallet.WalletTransactionRepository;
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
    FindPlansQuery findPlans(PlanRepository plans, PriceRepository prices, Clock clock) {
        return new FindPlansService(plans, prices, clock);
    }

    @Provides
    @Singleton
    ManagePricesUseCase managePrices(PriceRepository prices, PlanRepository plans, AddonRepository addons,
                                     MeterRepository meters, Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManagePricesService(prices, plans, addons, meters, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindPricesQuery findPrices(PriceRepository prices, Clock clock) {
        return new FindPricesService(prices, clock);
    }

    // catalog: addons
    @Provides
    @Singleton
    ManageAddonsUseCase manageAddons(AddonRepository addons, PriceRepository prices, MeterRepository meters,
                                     Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageAddonsService(addons, prices, meters, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindAddonsQuery findAddons(AddonRepository addons, PriceRepository prices, Clock clock) {
        return new FindAddonsService(addons, prices, clock);
    }

    // wallets
    /**
     * Purchased top-ups until invoices are connected: recorded PENDING, with no invoice, and never usable unpaid.
     * The lead replaces this binding with a TopUpInvoicer over the invoices (a one-off invoice per top-up).
     */
    @Provides
    @Singleton
    TopUpInvoicer topUpInvoicer() {
        return new TopUpInvoicesNotConnected();
    }

    /** No unbilled usage until subscriptions are connected: a real-time balance is the balance. */
    @Provides
    @Singleton
    UnbilledUsage unbilledUsage() {
        return new UnbilledUsageNotConnected();
    }

    @Provides
    @Singleton
    ManageWalletsUseCase manageWallets(WalletRepository wallets, WalletTransactionRepository entries,
                                       CustomerRepository customers, TopUpInvoicer invoicer,
                                       Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageWalletsService(wallets, entries, customers, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindWalletsQuery findWallets(WalletRepository wallets, WalletTransactionRepository entries,
                                 CustomerRepository customers, UnbilledUsage unbilledUsage, Clock clock) {
        return new FindWalletsService(wallets, entries, customers, unbilledUsage, clock);
    }

    @Provides
    @Singleton
    TopUpWalletUseCase topUpWallet(WalletRepository wallets, WalletTransactionRepository entries,
                                   TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids, Clock clock) {
        return new TopUpWalletService(wallets, entries, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    DebitWalletUseCase debitWallet(WalletRepository wallets, WalletTransactionRepository entries,
                                   TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids, Clock clock) {
        return new DebitWalletService(wallets, entries, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ExpireWalletCreditsUseCase expireWalletCredits(WalletRepository wallets, WalletTransactionRepository entries,
                                                   TopUpInvoicer invoicer, Transactions transactions,
                                                   IdGenerator ids) {
        return new ExpireWalletCreditsService(wallets, entries, invoicer, transactions, ids);
    }

    @Provides
    @Singleton
    SettlePurchasedTopUpsUseCase settlePurchasedTopUps(WalletRepository wallets, WalletTransactionRepository entries,
                                                       TopUpInvoicer invoicer, Transactions transactions,
                                                       IdGenerator ids, Clock clock) {
        return new SettlePurchasedTopUpsService(wallets, entries, invoicer, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ApplyWalletCreditsUseCase applyWalletCredits(WalletRepository wallets, WalletTransactionRepository entries,
                                                 TopUpInvoicer invoicer, Transactions transactions, IdGenerator ids,
                                                 Clock clock) {
        return new ApplyWalletCreditsService(wallets, entries, invoicer, transactions, ids, clock);
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
}
