package io.flexprice.adapters.http;

import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.creditgrant.CreditGrantApplicationReason;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.creditnote.CreditNoteReason;
import io.flexprice.domain.creditnote.CreditNoteStatus;
import io.flexprice.domain.creditnote.CreditNoteType;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.invoice.BillingReason;
import io.flexprice.domain.invoice.InvoiceStatus;
import io.flexprice.domain.invoice.InvoiceType;
import io.flexprice.domain.invoice.PaymentStatus;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.domain.payment.PaymentMethodType;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingModel;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.PriceEntityType;
import io.flexprice.domain.pricing.PriceType;
import io.flexprice.domain.pricing.RoundType;
import io.flexprice.domain.pricing.TierMode;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ChangeType;
import io.flexprice.domain.subscription.LineItemEntityType;
import io.flexprice.domain.subscription.PauseMode;
import io.flexprice.domain.subscription.PauseStatus;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.domain.subscription.ResumeMode;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRateScope;
import io.flexprice.domain.tax.TaxRateStatus;
import io.flexprice.domain.tax.TaxRateType;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.wallet.TransactionReason;
import io.flexprice.domain.wallet.TransactionStatus;
import io.flexprice.domain.wallet.TransactionType;
import io.flexprice.domain.wallet.WalletStatus;
import io.flexprice.domain.wallet.WalletTxReferenceType;
import io.flexprice.domain.wallet.WalletType;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * The enum values of the string fields that carry a domain enum. Requests and responses hold enums as strings
 * (parsed by {@code WireParser}, written with {@code wireValue()} or {@code name()}), so the reader sees only
 * {@code string}: this table names the enum of each such field, and the values come from the enum itself, as
 * the responses write them ({@code wireValue()} where the enum has one, else {@code name()}). Only the links are
 * listed here, never the values; {@code OpenApiDocumentTest} fails when a link names a field the document lacks.
 *
 * <p>{@code "field"} applies to that property in every schema; {@code "Schema.field"} to one schema (for names
 * such as {@code status} or {@code type} that mean different enums in different places).
 */
final class WireEnums {

    static final Map<String, List<String>> LINKS = new LinkedHashMap<>();

    static {
        // pricing
        link(BillingModel.class, "billing_model");
        link(BillingCadence.class, "billing_cadence");
        link(BillingPeriod.class, "billing_period");
        link(InvoiceCadence.class, "invoice_cadence");
        link(TierMode.class, "tier_mode");
        link(RoundType.class, "round");
        link(PriceType.class, "PriceResponse.type", "CreatePriceRequest.type", "price_type");
        link(PriceEntityType.class, "PriceResponse.entity_type", "CreatePriceRequest.entity_type",
                "PriceSearchRequest.entity_type");
        // features, meters, usage
        link(FeatureType.class, "FeatureResponse.type", "CreateFeatureRequest.type", "feature_type");
        link(AggregationType.class, "AggregationRequest.type", "MeterResponseAggregationResponse.type",
                "UsageResponse.type", "aggregation_type");
        link(WindowSize.class, "GetUsageRequest.window_size", "GetUsageByMeterRequest.window_size",
                "CostAnalyticsWireRequest.window_size");
        // catalog, coupons, taxes, keys
        link(AddonType.class, "AddonResponse.type", "CreateAddonRequest.type", "addon_type");
        link(CouponType.class, "CouponResponse.type", "CreateCouponRequest.type");
        link(CouponCadence.class, "CouponResponse.cadence", "CreateCouponRequest.cadence");
        link(TaxRateType.class, "tax_rate_type");
        link(TaxRateStatus.class, "tax_rate_status");
        link(TaxRateScope.class, "TaxRateResponse.scope", "CreateTaxRateRequest.scope");
        link(TaxEntityType.class, "TaxAssociationResponse.entity_type", "CreateTaxAssociationRequest.entity_type");
        link(ApiKeyType.class, "SecretResponse.type");
        // entitlements, credit grants
        link(EntitlementEntityType.class, "EntitlementResponse.entity_type", "CreateEntitlementRequest.entity_type");
        link(UsageResetPeriod.class, "usage_reset_period");
        link(CreditGrantScope.class, "CreditGrantResponse.scope", "CreateCreditGrantRequest.scope");
        link(CreditGrantCadence.class, "CreditGrantResponse.cadence", "CreateCreditGrantRequest.cadence");
        link(CreditGrantPeriod.class, "CreditGrantResponse.period", "CreateCreditGrantRequest.period");
        link(CreditGrantExpiryType.class, "expiration_type");
        link(CreditGrantExpiryDurationUnit.class, "expiration_duration_unit");
        link(CreditGrantApplicationStatus.class, "application_status");
        link(CreditGrantApplicationReason.class, "application_reason");
        // subscriptions
        link(SubscriptionStatus.class, "subscription_status", "subscription_status_at_application");
        link(PauseStatus.class, "pause_status");
        link(PauseMode.class, "pause_mode");
        link(ResumeMode.class, "resume_mode");
        link(ProrationBehavior.class, "proration_behavior");
        link(CancellationType.class, "cancellation_type");
        link(ChangeType.class, "change_type");
        link(LineItemEntityType.class, "SubscriptionLineItemResponse.entity_type");
        // invoices, payments, credit notes
        link(InvoiceStatus.class, "invoice_status");
        link(InvoiceType.class, "invoice_type");
        link(BillingReason.class, "billing_reason");
        link(PaymentStatus.class, "payment_status");
        link(PaymentMethodType.class, "payment_method_type");
        link(CreditNoteStatus.class, "credit_note_status");
        link(CreditNoteType.class, "credit_note_type");
        link(CreditNoteReason.class, "CreditNoteResponse.reason", "CreateCreditNoteRequest.reason");
        // wallets
        link(WalletType.class, "wallet_type");
        link(WalletStatus.class, "wallet_status");
        link(TransactionType.class, "WalletTransactionResponse.type");
        link(TransactionStatus.class, "transaction_status");
        link(TransactionReason.class, "transaction_reason");
        link(WalletTxReferenceType.class, "WalletTransactionResponse.reference_type");
        // the lifecycle status every stored entity has
        link(Status.class, "AddonResponse.status", "CostsheetResponse.status", "CouponResponse.status",
                "CreditGrantResponse.status", "CustomerResponse.status", "EntitlementResponse.status",
                "FeatureResponse.status", "MeterResponse.status", "PaymentResponse.status", "PlanResponse.status",
                "PriceResponse.status", "SecretResponse.status", "SubscriptionResponse.status",
                "TaxAssociationResponse.status", "TaxRateResponse.status", "WalletResponse.status",
                "WalletTransactionResponse.status");
    }

    /** Written lower case by {@code SubscriptionResponse} ({@code anniversary}, {@code calendar}). */
    private static final Map<String, List<String>> LOWER_CASE = Map.of(
            "billing_cycle", values(BillingCycle.class, e -> e.name().toLowerCase(Locale.ROOT)));

    private WireEnums() {
    }

    private static void link(Class<? extends Enum<?>> type, String... fields) {
        List<String> values = values(type, WireEnums::wireValue);
        for (String field : fields) {
            if (LINKS.put(field, values) != null) {
                throw new IllegalStateException("linked twice: " + field);
            }
        }
    }

    /** Sets the enum values of every linked field of {@code schemas}; the links that matched nothing. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    static List<String> apply(Map<String, Schema> schemas) {
        Map<String, List<String>> links = new LinkedHashMap<>(LINKS);
        links.putAll(LOWER_CASE);
        List<String> unused = new ArrayList<>(links.keySet());
        schemas.forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            properties.forEach((property, propertySchema) -> {
                String qualified = name + "." + property;
                List<String> values = links.containsKey(qualified) ? links.get(qualified) : links.get(property);
                if (values == null) {
                    return;
                }
                unused.remove(links.containsKey(qualified) ? qualified : property);
                Schema target = "array".equals(propertySchema.getType()) ? propertySchema.getItems() : propertySchema;
                if (!"string".equals(target.getType()) || target.getFormat() != null) {
                    throw new IllegalStateException(qualified + " is linked to an enum but is not a plain string");
                }
                target.setEnum(new ArrayList<>(values));
            });
        });
        return unused;
    }

    private static List<String> values(Class<? extends Enum<?>> type, Function<Enum<?>, String> wire) {
        return Arrays.stream(type.getEnumConstants()).map(wire).toList();
    }

    /** {@code wireValue()} where the enum has one, else the constant's name: as the responses write them. */
    private static String wireValue(Enum<?> constant) {
        try {
            Method wireValue = constant.getDeclaringClass().getMethod("wireValue");
            return (String) wireValue.invoke(constant);
        } catch (NoSuchMethodException e) {
            return constant.name();
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }
}
