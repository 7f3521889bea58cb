package io.flexprice.adapters.http;

import io.flexprice.adapters.http.addon.AddonsResource;
import io.flexprice.adapters.http.common.ApiKeyAuthFilter;
import io.flexprice.adapters.http.common.ErrorMapper;
import io.flexprice.adapters.http.common.HealthResource;
import io.flexprice.adapters.http.common.NotImplementedFilter;
import io.flexprice.adapters.http.common.IdempotencyKeyFilter;
import io.flexprice.adapters.http.common.OpenApiResource;
import io.flexprice.adapters.http.common.RequestIdFilter;
import io.flexprice.adapters.http.creditnote.CreditNotesResource;
import io.flexprice.adapters.http.customer.CustomersResource;
import io.flexprice.adapters.http.feature.FeaturesResource;
import io.flexprice.adapters.http.feature.MetersResource;
import io.flexprice.adapters.http.invoice.CustomerInvoicesResource;
import io.flexprice.adapters.http.invoice.InvoicesResource;
import io.flexprice.adapters.http.metering.EventsResource;
import io.flexprice.adapters.http.metering.UsageAnalyticsResource;
import io.flexprice.adapters.http.payment.PaymentsResource;
import io.flexprice.adapters.http.plan.PlansResource;
import io.flexprice.adapters.http.pricing.PricesResource;
import io.flexprice.adapters.http.subscription.SubscriptionAddonsResource;
import io.flexprice.adapters.http.subscription.SubscriptionsResource;
import io.flexprice.adapters.http.tenancy.SecretsResource;
// coupons and taxes
import io.flexprice.adapters.http.coupon.CouponsResource;
import io.flexprice.adapters.http.tax.TaxAssociationsResource;
import io.flexprice.adapters.http.tax.TaxRatesResource;
import io.flexprice.adapters.http.wallet.CustomerWalletsLookupResource;
import io.flexprice.adapters.http.wallet.CustomerWalletsResource;
import io.flexprice.adapters.http.wallet.WalletsResource;
// entitlements and costsheets
import io.flexprice.adapters.http.costsheet.CostsResource;
import io.flexprice.adapters.http.creditgrant.CreditGrantsResource;
import io.flexprice.adapters.http.creditgrant.CustomerGrantsResource;
import io.flexprice.adapters.http.creditgrant.PlanCreditGrantsResource;
import io.flexprice.adapters.http.creditgrant.SubscriptionGrantsResource;
import io.flexprice.adapters.http.entitlement.AddonEntitlementsResource;
import io.flexprice.adapters.http.entitlement.CustomerEntitlementsResource;
import io.flexprice.adapters.http.entitlement.CustomerUsageResource;
import io.flexprice.adapters.http.entitlement.EntitlementsResource;
import io.flexprice.adapters.http.entitlement.PlanEntitlementsResource;
import io.flexprice.adapters.http.entitlement.SubscriptionEntitlementsResource;
import java.util.List;

/**
 * Everything bootstrap registers with Jersey, each built by the injector:
 * {@code jersey.register(injector.getInstance(type))}. Register with Dropwizard's default exception
 * mappers off ({@code registerDefaultExceptionMappers: false}): {@link ErrorMapper} maps everything.
 */
public final class HttpComponents {

    public static final List<Class<?>> RESOURCES = List.of(
            HealthResource.class,
            OpenApiResource.class,
            SecretsResource.class,
            CustomersResource.class,
            FeaturesResource.class,
            MetersResource.class,
            PlansResource.class,
            PricesResource.class,
            AddonsResource.class,
            EventsResource.class,
            SubscriptionsResource.class,
            SubscriptionAddonsResource.class,
            // coupons and taxes
            CouponsResource.class,
            TaxRatesResource.class,
            TaxAssociationsResource.class,
            // invoices, payments, credit notes
            InvoicesResource.class,
            CustomerInvoicesResource.class,
            PaymentsResource.class,
            CreditNotesResource.class,
            // wallets
            WalletsResource.class,
            CustomerWalletsResource.class,
            CustomerWalletsLookupResource.class,
            // entitlements and costsheets
            EntitlementsResource.class,
            PlanEntitlementsResource.class,
            AddonEntitlementsResource.class,
            CustomerEntitlementsResource.class,
            CustomerUsageResource.class,
            SubscriptionEntitlementsResource.class,
            CostsResource.class,
            // credit grants
            CreditGrantsResource.class,
            PlanCreditGrantsResource.class,
            SubscriptionGrantsResource.class,
            CustomerGrantsResource.class,
            // usage analytics
            UsageAnalyticsResource.class);

    public static final List<Class<?>> PROVIDERS = List.of(
            ApiKeyAuthFilter.class,
            IdempotencyKeyFilter.class,
            RequestIdFilter.class,
            ErrorMapper.class,
            // FlexPrice operations not served: 501 instead of a routing 404
            NotImplementedFilter.class);

    private HttpComponents() {
    }
}
