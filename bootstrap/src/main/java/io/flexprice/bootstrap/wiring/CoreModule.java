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
import io.flexprice.ports.application.plan.SyncPlanPricesService;
import io.flexprice.ports.application.pricing.FindPricesService;
import io.flexprice.ports.application.pricing.ManagePricesService;
import io.flexprice.ports.in.plan.FindPlansQuery;
import io.flexprice.ports.in.plan.ManagePlansUseCase;
import io.flexprice.ports.in.plan.SyncPlanPricesUseCase;
import io.flexprice.ports.in.pricing.FindPricesQuery;
import io.flexprice.ports.in.pricing.ManagePricesUseCase;
import io.flexprice.ports.out.plan.PlanRepository;
import io.flexprice.ports.out.pricing.PriceRepository;
import io.flexprice.ports.application.subscription.FindSubscriptionsService;
import io.flexprice.ports.application.subscription.ManageSubscriptionsService;
import io.flexprice.ports.in.subscription.FindSubscriptionsQuery;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase;
import io.flexprice.ports.out.subscription.SubscriptionRepository;
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
import io.flexprice.ports.out.billing.BillingCursorRepository;
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
// coupons and taxes
import io.flexprice.ports.application.coupon.AttachCouponService;
import io.flexprice.ports.application.coupon.FindCouponsService;
import io.flexprice.ports.application.coupon.ManageCouponsService;
import io.flexprice.ports.application.tax.FindApplicableTaxesService;
import io.flexprice.ports.application.tax.FindTaxAssociationsService;
import io.flexprice.ports.application.tax.FindTaxRatesService;
import io.flexprice.ports.application.tax.ManageTaxAssociationsService;
import io.flexprice.ports.application.tax.ManageTaxRatesService;
import io.flexprice.ports.in.coupon.AttachCouponUseCase;
import io.flexprice.ports.in.coupon.FindCouponsQuery;
import io.flexprice.ports.in.coupon.ManageCouponsUseCase;
import io.flexprice.ports.in.tax.FindApplicableTaxesQuery;
import io.flexprice.ports.in.tax.FindTaxAssociationsQuery;
import io.flexprice.ports.in.tax.FindTaxRatesQuery;
import io.flexprice.ports.in.tax.ManageTaxAssociationsUseCase;
import io.flexprice.ports.in.tax.ManageTaxRatesUseCase;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import io.flexprice.ports.out.tax.TaxAssociationRepository;
import io.flexprice.ports.out.tax.TaxRateRepository;
import java.time.Clock;
// entitlements and costsheets
import io.flexprice.ports.application.costsheet.CostAnalyticsService;
import io.flexprice.ports.application.metering.UsageAnalyticsService;
import io.flexprice.ports.application.costsheet.FindCostsheetsService;
import io.flexprice.ports.application.costsheet.ManageCostsheetsService;
import io.flexprice.ports.application.entitlement.CheckEntitlementService;
import io.flexprice.ports.application.entitlement.FindCustomerEntitlementsService;
import io.flexprice.ports.application.entitlement.FindEntitlementsService;
import io.flexprice.ports.application.entitlement.ManageEntitlementsService;
import io.flexprice.ports.in.costsheet.CostAnalyticsQuery;
import io.flexprice.ports.in.metering.UsageAnalyticsQuery;
import io.flexprice.ports.in.costsheet.FindCostsheetsQuery;
import io.flexprice.ports.in.costsheet.ManageCostsheetsUseCase;
import io.flexprice.ports.in.entitlement.CheckEntitlementQuery;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery;
import io.flexprice.ports.in.entitlement.FindEntitlementsQuery;
import io.flexprice.ports.in.entitlement.ManageEntitlementsUseCase;
import io.flexprice.ports.out.costsheet.CostsheetRepository;
import io.flexprice.ports.out.entitlement.EntitlementRepository;

/** The application services behind the inbound ports; the out-ports come from the adapter modules. */
public final class CoreModule extends AbstractModule {

    private final Clock clock;

    public CoreModule(Clock clock) {
        this.clock = clock;
    }

    @Override
    protected void configure() {
        bind(Clock.class).toInstance(clock);
        install(new BillingModule());
        install(new WalletsModule());
        install(new BillingLoopModule());
        install(new CreditGrantsModule());
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
                                     MeterRepository meters, CostsheetRepository costsheets,
                                     Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManagePricesService(prices, plans, addons, meters, costsheets, transactions, ids, clock);
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

    // subscriptions (the use case, with the invoices each change makes, is BillingModule's)
    @Provides
    @Singleton
    ManageSubscriptionsService manageSubscriptions(SubscriptionRepository subscriptions,
                                                   BillingCursorRepository billingCursors, CustomerRepository customers,
                                                   PlanRepository plans, PriceRepository prices,
                                                   AddonRepository addons, MeterRepository meters, UsageReader usage,
                                                   Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageSubscriptionsService(subscriptions, billingCursors, customers, plans, prices, addons,
                meters, usage,
                transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindSubscriptionsQuery findSubscriptions(SubscriptionRepository subscriptions, CustomerRepository customers,
                                             PlanRepository plans, MeterRepository meters, UsageReader usage,
                                             Clock clock) {
        return new FindSubscriptionsService(subscriptions, customers, plans, meters, usage, clock);
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

    // coupons and taxes

    @Provides
    @Singleton
    ManageCouponsUseCase manageCoupons(CouponRepository coupons, Transactions transactions, IdGenerator ids,
                                       Clock clock) {
        return new ManageCouponsService(coupons, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindCouponsQuery findCoupons(CouponRepository coupons) {
        return new FindCouponsService(coupons);
    }

    @Provides
    @Singleton
    AttachCouponUseCase attachCoupon(CouponRepository coupons, CouponAssociationRepository associations,
                                     Transactions transactions, IdGenerator ids, Clock clock) {
        return new AttachCouponService(coupons, associations, transactions, ids, clock);
    }

    @Provides
    @Singleton
    ManageTaxRatesUseCase manageTaxRates(TaxRateRepository rates, TaxAssociationRepository associations,
                                         Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageTaxRatesService(rates, associations, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindTaxRatesQuery findTaxRates(TaxRateRepository rates) {
        return new FindTaxRatesService(rates);
    }

    @Provides
    @Singleton
    ManageTaxAssociationsUseCase manageTaxAssociations(TaxAssociationRepository associations, TaxRateRepository rates,
                                                       CustomerRepository customers,
                                                       SubscriptionRepository subscriptions,
                                                       Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageTaxAssociationsService(associations, rates, customers, subscriptions, transactions, ids,
                clock);
    }

    @Provides
    @Singleton
    FindTaxAssociationsQuery findTaxAssociations(TaxAssociationRepository associations, TaxRateRepository rates,
                                                 CustomerRepository customers) {
        return new FindTaxAssociationsService(associations, rates, customers);
    }

    @Provides
    @Singleton
    FindApplicableTaxesQuery findApplicableTaxes(TaxAssociationRepository associations, TaxRateRepository rates) {
        return new FindApplicableTaxesService(associations, rates);
    }

    // entitlements and costsheets

    @Provides
    @Singleton
    ManageEntitlementsUseCase manageEntitlements(EntitlementRepository entitlements, FeatureRepository features,
                                                 PlanRepository plans, AddonRepository addons,
                                                 SubscriptionRepository subscriptions,
                                                 ManageSubscriptionsUseCase manageSubscriptions,
                                                 Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageEntitlementsService(entitlements, features, plans, addons, subscriptions, manageSubscriptions,
                transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindEntitlementsQuery findEntitlements(EntitlementRepository entitlements, PlanRepository plans,
                                           AddonRepository addons) {
        return new FindEntitlementsService(entitlements, plans, addons);
    }

    @Provides
    @Singleton
    CheckEntitlementQuery checkEntitlement(CustomerRepository customers, SubscriptionRepository subscriptions,
                                           EntitlementRepository entitlements, FeatureRepository features,
                                           PlanRepository plans, AddonRepository addons, MeterRepository meters,
                                           UsageReader usage, Clock clock) {
        return new CheckEntitlementService(customers, subscriptions, entitlements, features, plans, addons, meters,
                usage, clock);
    }

    @Provides
    @Singleton
    FindCustomerEntitlementsQuery findCustomerEntitlements(CustomerRepository customers,
                                                           SubscriptionRepository subscriptions,
                                                           EntitlementRepository entitlements,
                                                           FeatureRepository features, PlanRepository plans,
                                                           AddonRepository addons, MeterRepository meters,
                                                           UsageReader usage, Clock clock) {
        return new FindCustomerEntitlementsService(customers, subscriptions, entitlements, features, plans, addons,
                meters, usage, clock);
    }

    @Provides
    @Singleton
    ManageCostsheetsUseCase manageCostsheets(CostsheetRepository costsheets, PriceRepository prices,
                                             Transactions transactions, IdGenerator ids, Clock clock) {
        return new ManageCostsheetsService(costsheets, prices, transactions, ids, clock);
    }

    @Provides
    @Singleton
    FindCostsheetsQuery findCostsheets(CostsheetRepository costsheets, PriceRepository prices, Clock clock) {
        return new FindCostsheetsService(costsheets, prices, clock);
    }

    @Provides
    @Singleton
    CostAnalyticsQuery costAnalytics(CostsheetRepository costsheets, PriceRepository prices,
                                     CustomerRepository customers, SubscriptionRepository subscriptions,
                                     FeatureRepository features, MeterRepository meters, UsageReader usage,
                                     Clock clock) {
        return new CostAnalyticsService(costsheets, prices, customers, subscriptions, features, meters, usage, clock);
    }

    @Provides
    @Singleton
    UsageAnalyticsQuery usageAnalytics(CostAnalyticsQuery costs, CustomerRepository customers,
                                       SubscriptionRepository subscriptions) {
        return new UsageAnalyticsService(costs, customers, subscriptions);
    }

    @Provides
    @Singleton
    SyncPlanPricesUseCase syncPlanPrices(PlanRepository plans, PriceRepository prices,
                                         SubscriptionRepository subscriptions, Transactions transactions,
                                         IdGenerator ids, Clock clock) {
        return new SyncPlanPricesService(plans, prices, subscriptions, transactions, ids, clock);
    }
}
