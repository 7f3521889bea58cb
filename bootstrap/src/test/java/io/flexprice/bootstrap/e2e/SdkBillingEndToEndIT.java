package io.flexprice.bootstrap.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.sdk.FlexpriceClient;
import io.flexprice.sdk.addons.Addon;
import io.flexprice.sdk.addons.AddonListParams;
import io.flexprice.sdk.addons.AddonType;
import io.flexprice.sdk.addons.CreateAddonParams;
import io.flexprice.sdk.addons.UpdateAddonParams;
import io.flexprice.sdk.common.SortOrder;
import io.flexprice.sdk.common.Status;
import io.flexprice.sdk.coupons.Coupon;
import io.flexprice.sdk.coupons.CouponCadence;
import io.flexprice.sdk.coupons.CouponListParams;
import io.flexprice.sdk.coupons.CouponType;
import io.flexprice.sdk.coupons.CreateCouponParams;
import io.flexprice.sdk.coupons.UpdateCouponParams;
import io.flexprice.sdk.customers.CreateCustomerParams;
import io.flexprice.sdk.customers.Customer;
import io.flexprice.sdk.errors.ConflictException;
import io.flexprice.sdk.errors.FieldError;
import io.flexprice.sdk.errors.NotFoundException;
import io.flexprice.sdk.errors.ValidationException;
import io.flexprice.sdk.events.IngestEventParams;
import io.flexprice.sdk.events.UsageAnalytics;
import io.flexprice.sdk.events.UsageAnalyticsParams;
import io.flexprice.sdk.features.Aggregation;
import io.flexprice.sdk.features.AggregationType;
import io.flexprice.sdk.features.CreateFeatureParams;
import io.flexprice.sdk.features.FeatureType;
import io.flexprice.sdk.features.MeterParams;
import io.flexprice.sdk.plans.ClonePlanParams;
import io.flexprice.sdk.plans.CreatePlanParams;
import io.flexprice.sdk.plans.Plan;
import io.flexprice.sdk.prices.BillingCadence;
import io.flexprice.sdk.prices.BillingModel;
import io.flexprice.sdk.prices.BillingPeriod;
import io.flexprice.sdk.prices.CreatePriceParams;
import io.flexprice.sdk.prices.InvoiceCadence;
import io.flexprice.sdk.prices.Price;
import io.flexprice.sdk.prices.PriceEntityType;
import io.flexprice.sdk.prices.PriceListParams;
import io.flexprice.sdk.prices.PriceTier;
import io.flexprice.sdk.prices.PriceType;
import io.flexprice.sdk.prices.RoundType;
import io.flexprice.sdk.prices.TierMode;
import io.flexprice.sdk.prices.TransformQuantity;
import io.flexprice.sdk.prices.UpdatePriceParams;
import io.flexprice.sdk.subscriptions.ActivateSubscriptionParams;
import io.flexprice.sdk.subscriptions.BillingCycle;
import io.flexprice.sdk.subscriptions.CancelSubscriptionParams;
import io.flexprice.sdk.subscriptions.CancelSubscriptionResult;
import io.flexprice.sdk.subscriptions.CancellationType;
import io.flexprice.sdk.subscriptions.ChargeKind;
import io.flexprice.sdk.subscriptions.ChargeLine;
import io.flexprice.sdk.subscriptions.CreateSubscriptionLineItemParams;
import io.flexprice.sdk.subscriptions.CreateSubscriptionParams;
import io.flexprice.sdk.subscriptions.DeleteSubscriptionLineItemParams;
import io.flexprice.sdk.subscriptions.OverrideLineItemParams;
import io.flexprice.sdk.subscriptions.PauseMode;
import io.flexprice.sdk.subscriptions.PauseStatus;
import io.flexprice.sdk.subscriptions.PauseSubscriptionParams;
import io.flexprice.sdk.subscriptions.ProrationBehavior;
import io.flexprice.sdk.subscriptions.ResumeMode;
import io.flexprice.sdk.subscriptions.ResumeSubscriptionParams;
import io.flexprice.sdk.subscriptions.ScheduleType;
import io.flexprice.sdk.subscriptions.Subscription;
import io.flexprice.sdk.subscriptions.SubscriptionChangeParams;
import io.flexprice.sdk.subscriptions.SubscriptionChangePreview;
import io.flexprice.sdk.subscriptions.SubscriptionChangeResult;
import io.flexprice.sdk.subscriptions.SubscriptionChangeType;
import io.flexprice.sdk.subscriptions.SubscriptionLineItem;
import io.flexprice.sdk.subscriptions.SubscriptionLineItemEntityType;
import io.flexprice.sdk.subscriptions.SubscriptionListParams;
import io.flexprice.sdk.subscriptions.SubscriptionPause;
import io.flexprice.sdk.subscriptions.SubscriptionStatus;
import io.flexprice.sdk.subscriptions.SubscriptionUsage;
import io.flexprice.sdk.subscriptions.SubscriptionUsageParams;
import io.flexprice.sdk.subscriptions.UpdateSubscriptionLineItemParams;
import io.flexprice.sdk.subscriptions.UpdateSubscriptionParams;
import io.flexprice.sdk.taxes.CreateTaxAssociationParams;
import io.flexprice.sdk.taxes.CreateTaxRateParams;
import io.flexprice.sdk.taxes.TaxAssociation;
import io.flexprice.sdk.taxes.TaxAssociationListParams;
import io.flexprice.sdk.taxes.TaxRate;
import io.flexprice.sdk.taxes.TaxRateEntityType;
import io.flexprice.sdk.taxes.TaxRateListParams;
import io.flexprice.sdk.taxes.TaxRateScope;
import io.flexprice.sdk.taxes.TaxRateStatus;
import io.flexprice.sdk.taxes.TaxRateType;
import io.flexprice.sdk.taxes.UpdateTaxAssociationParams;
import io.flexprice.sdk.taxes.UpdateTaxRateParams;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The Java SDK's billing services against the running application, on a clock fixed at 2026-04-11T00:00Z: price
 * versions, plan clone, addons, coupons, tax rates and associations, and a subscription through usage, an
 * upgrade, a pause, line items and cancellation. Every operation of those services is called and what comes back
 * is checked; amounts are worked out by hand beside each assertion. Each test uses keys of its own.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SdkBillingEndToEndIT {

    private static final Instant NOW = Instant.parse("2026-04-11T00:00:00Z");
    private static final Instant APRIL = Instant.parse("2026-04-01T00:00:00Z");
    private static final Instant MAY = Instant.parse("2026-05-01T00:00:00Z");
    private static final Instant YEAR_2099 = Instant.parse("2099-01-01T00:00:00Z");

    private RunningApplication app;
    private FlexpriceClient flexprice;
    private String meterId;

    @BeforeAll
    void start() throws Exception {
        app = RunningApplication.start(Map.of(), Clock.fixed(NOW, ZoneOffset.UTC));
        flexprice = FlexpriceClient.builder().apiKey(RunningApplication.DEV_KEY).baseUrl(app.baseUrl())
                .timeout(Duration.ofSeconds(30)).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        meterId = flexprice.features().create(CreateFeatureParams.builder().name("Units").lookupKey("sdk-bill-units")
                .type(FeatureType.METERED).meter(MeterParams.builder().eventName("sdk_unit_used")
                        .aggregation(Aggregation.builder().type(AggregationType.SUM).field("units").build()).build())
                .build()).meterId();
    }

    @AfterAll
    void stop() throws Exception {
        app.close();
    }

    private static CreatePriceParams monthlyFee(String amount, String currency, String lookupKey) {
        return CreatePriceParams.builder().type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE).amount(amount)
                .currency(currency).billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                .invoiceCadence(InvoiceCadence.ADVANCE).lookupKey(lookupKey).build();
    }

    private static List<String> fields(ValidationException e) {
        return e.details().stream().map(FieldError::field).toList();
    }

    @Test
    void a_term_change_ends_the_price_where_its_new_version_starts_and_ended_prices_list_only_when_asked() {
        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("Versioned").lookupKey("sdk-versioned")
                .addPrice(monthlyFee("49.00", "usd", "sdk-v-fee"))
                .addPrice(monthlyFee("10.00", "usd", "sdk-v-now").toBuilder().startDate(APRIL).build()).build());
        Price fee = plan.prices().get(0);
        Price now = plan.prices().get(1);
        assertThat(fee.startDate()).as("by default a price starts when it is created").isEqualTo(NOW);
        assertThat(fee.endDate()).isNull();
        assertThat(now.startDate()).isEqualTo(APRIL);

        Price next = flexprice.prices().update(fee.id(), UpdatePriceParams.builder().amount("59.00")
                .effectiveFrom(YEAR_2099).displayName("Fee 2099").build());

        assertThat(next.id()).isNotEqualTo(fee.id());
        assertThat(next.amount()).isEqualTo(new BigDecimal("59.00"));
        assertThat(next.startDate()).isEqualTo(YEAR_2099);
        assertThat(next.endDate()).isNull();
        assertThat(next.parentPriceId()).isEqualTo(fee.id());
        assertThat(next.lookupKey()).isEqualTo("sdk-v-fee");
        assertThat(next.displayName()).isEqualTo("Fee 2099");
        Price ended = flexprice.prices().get(fee.id());
        assertThat(ended.endDate()).isEqualTo(YEAR_2099);
        assertThat(ended.lookupKey()).isNull();
        assertThat(ended.amount()).isEqualTo(new BigDecimal("49.00"));
        assertThat(flexprice.prices().getByLookupKey("sdk-v-fee").id()).isEqualTo(next.id());
        assertThat(flexprice.plans().get(plan.id()).prices()).extracting(Price::id)
                .containsExactlyInAnyOrder(fee.id(), now.id(), next.id());
        assertThat(flexprice.prices().list(PriceListParams.builder().parentPriceId(fee.id()).build()).items())
                .extracting(Price::id).containsExactly(next.id());

        // without effective_from the new terms start now, where the old ones end
        Price nowNext = flexprice.prices().update(now.id(), UpdatePriceParams.builder().billingModel(BillingModel.TIERED)
                .tierMode(TierMode.VOLUME).addTier(PriceTier.upTo("10", "1.50")).addTier(PriceTier.above("1.25"))
                .build());
        assertThat(nowNext.startDate()).isEqualTo(NOW);
        assertThat(nowNext.tiers()).extracting(PriceTier::unitAmount)
                .containsExactly(new BigDecimal("1.50"), new BigDecimal("1.25"));
        assertThat(flexprice.prices().get(now.id()).endDate()).isEqualTo(NOW);

        assertThatThrownBy(() -> flexprice.prices().update(fee.id(), UpdatePriceParams.builder().amount("69.00")
                .build())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("end_date"));
        assertThatThrownBy(() -> flexprice.prices().update(next.id(), UpdatePriceParams.builder().amount("69.00")
                .effectiveFrom(Instant.parse("2000-01-01T00:00:00Z")).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("effective_from"));

        Plan history = flexprice.plans().create(CreatePlanParams.builder().name("History")
                .lookupKey("sdk-history").build());
        Price past = flexprice.prices().create(CreatePriceParams.builder().entityType(PriceEntityType.PLAN)
                .entityId(history.id()).type(PriceType.FIXED).billingModel(BillingModel.FLAT_FEE).amount("5")
                .currency("usd").billingCadence(BillingCadence.ONETIME).invoiceCadence(InvoiceCadence.ADVANCE)
                .startDate(Instant.parse("2020-01-01T00:00:00Z")).endDate(Instant.parse("2021-01-01T00:00:00Z"))
                .build());
        assertThat(past.startDate()).isEqualTo(Instant.parse("2020-01-01T00:00:00Z"));
        assertThat(past.endDate()).isEqualTo(Instant.parse("2021-01-01T00:00:00Z"));
        assertThat(flexprice.prices().list(PriceListParams.builder().addPlanId(history.id()).build()).items())
                .isEmpty();
        assertThat(flexprice.prices().list(PriceListParams.builder().addPlanId(history.id())
                .allowExpiredPrices(true).build()).items()).extracting(Price::id).containsExactly(past.id());
        assertThat(flexprice.prices().list(PriceListParams.builder().addPlanId(history.id()).allowExpiredPrices(true)
                .startDateLt(Instant.parse("2019-01-01T00:00:00Z")).build()).items()).isEmpty();
        assertThat(flexprice.plans().get(history.id()).prices()).isEmpty();
    }

    @Test
    void a_clone_copies_the_plan_and_its_current_prices_under_new_ids() {
        Plan source = flexprice.plans().create(CreatePlanParams.builder().name("Team").description("For teams")
                .lookupKey("sdk-team").putMetadata("tier", "team").addPrice(monthlyFee("99.00", "usd", "sdk-team-fee"))
                .addPrice(CreatePriceParams.builder().type(PriceType.USAGE).billingModel(BillingModel.PACKAGE)
                        .amount("2.00").currency("usd").meterId(meterId)
                        .transformQuantity(TransformQuantity.of("1000", RoundType.UP))
                        .billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                        .invoiceCadence(InvoiceCadence.ARREAR).lookupKey("sdk-team-tokens").build())
                .build());

        Plan clone = flexprice.plans().clone(source.id(), ClonePlanParams.builder().name("Team EU")
                .lookupKey("sdk-team-eu").putMetadata("region", "eu").displayOrder(2).build());

        assertThat(clone.id()).isNotEqualTo(source.id());
        assertThat(clone.name()).isEqualTo("Team EU");
        assertThat(clone.lookupKey()).isEqualTo("sdk-team-eu");
        assertThat(clone.description()).isEqualTo("For teams");
        assertThat(clone.metadata()).containsEntry("tier", "team").containsEntry("region", "eu")
                .containsEntry("source_plan_id", source.id());
        assertThat(clone.prices()).hasSize(2);
        for (int i = 0; i < 2; i++) {
            Price copy = clone.prices().get(i);
            Price original = source.prices().get(i);
            assertThat(copy.id()).isNotEqualTo(original.id());
            assertThat(copy.entityId()).isEqualTo(clone.id());
            assertThat(copy.lookupKey()).isNull();
            assertThat(copy.amount()).isEqualTo(original.amount());
            assertThat(copy.billingModel()).isEqualTo(original.billingModel());
        }
        assertThat(clone.prices().get(1).transformQuantity().divideBy()).isEqualByComparingTo("1000");
        assertThat(flexprice.plans().get(clone.id()).prices()).hasSize(2);
        assertThat(flexprice.prices().getByLookupKey("sdk-team-fee").entityId()).isEqualTo(source.id());

        assertThatThrownBy(() -> flexprice.plans().clone(source.id(), ClonePlanParams.builder().name("Team 2")
                .lookupKey("sdk-team").build())).isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("plan.lookup_key_taken"));
        assertThatThrownBy(() -> flexprice.plans().clone(source.id(), ClonePlanParams.builder().name("Team").build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("lookup_key", "name"));
        assertThatThrownBy(() -> flexprice.plans().clone("plan_nope", ClonePlanParams.builder().name("X")
                .lookupKey("sdk-x").build())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void an_addon_with_its_prices_is_served_searched_updated_and_deleted() {
        Addon created = flexprice.addons().create(CreateAddonParams.builder().name("Extra seats")
                .lookupKey("sdk-seats").type(AddonType.MULTIPLE_INSTANCE).putMetadata("unit", "seat")
                .addPrice(monthlyFee("5.00", "usd", "sdk-seat-fee")).build());

        assertThat(created.id()).startsWith("addon_");
        assertThat(created.type()).isEqualTo(AddonType.MULTIPLE_INSTANCE);
        assertThat(created.status()).isEqualTo(Status.PUBLISHED);
        assertThat(created.metadata()).containsEntry("unit", "seat");
        Price inline = created.prices().get(0);
        assertThat(inline.entityType()).isEqualTo(PriceEntityType.ADDON);
        assertThat(inline.entityId()).isEqualTo(created.id());
        assertThat(inline.amount()).isEqualTo(new BigDecimal("5.00"));
        assertThat(inline.planId()).isNull();

        Price usage = flexprice.prices().create(CreatePriceParams.builder().entityType(PriceEntityType.ADDON)
                .entityId(created.id()).type(PriceType.USAGE).billingModel(BillingModel.FLAT_FEE).amount("0.01")
                .currency("usd").meterId(meterId).billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).invoiceCadence(InvoiceCadence.ARREAR).build());
        assertThat(flexprice.addons().get(created.id()).prices()).extracting(Price::id)
                .containsExactly(inline.id(), usage.id());
        assertThat(flexprice.addons().getByLookupKey("sdk-seats").id()).isEqualTo(created.id());
        assertThat(flexprice.prices().list(PriceListParams.builder().entityType(PriceEntityType.ADDON)
                .addEntityId(created.id()).build()).total()).isEqualTo(2);

        assertThatThrownBy(() -> flexprice.addons().create(CreateAddonParams.builder().name("Other")
                .lookupKey("sdk-seats").type(AddonType.ONETIME).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("addon.lookup_key_taken"));
        assertThatThrownBy(() -> flexprice.addons().create(CreateAddonParams.builder().name(" ")
                .type(AddonType.ONETIME).build())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("name", "lookup_key"));
        assertThatThrownBy(() -> flexprice.addons().create(CreateAddonParams.builder().name("Bad")
                .lookupKey("sdk-bad").type(AddonType.of("twice")).build()))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e)).containsExactly("type"));

        Addon renamed = flexprice.addons().update(created.id(), UpdateAddonParams.builder().name("Seats")
                .description("Per seat").build());
        assertThat(renamed.name()).isEqualTo("Seats");
        assertThat(renamed.description()).isEqualTo("Per seat");
        assertThat(renamed.lookupKey()).isEqualTo("sdk-seats");
        assertThat(renamed.prices()).hasSize(2);
        Addon setup = flexprice.addons().create(CreateAddonParams.builder().name("Setup").lookupKey("sdk-setup")
                .type(AddonType.ONETIME).build());
        assertThat(flexprice.addons().list(AddonListParams.builder().addLookupKey("sdk-seats")
                .addLookupKey("sdk-setup").addonType(AddonType.MULTIPLE_INSTANCE).build()).items())
                .extracting(Addon::id).containsExactly(created.id());
        assertThat(flexprice.addons().list(AddonListParams.builder().addAddonId(created.id()).addAddonId(setup.id())
                .order(SortOrder.ASC).limit(1).build()).autoPagingStream().map(Addon::name))
                .containsExactly("Seats", "Setup");

        flexprice.addons().delete(created.id());
        assertThatThrownBy(() -> flexprice.addons().get(created.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("addon.not_found"));
        assertThatThrownBy(() -> flexprice.addons().getByLookupKey("sdk-seats")).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.prices().get(usage.id())).isInstanceOf(NotFoundException.class);
    }

    @Test
    void coupons_are_created_read_renamed_searched_and_deleted_with_exact_amounts() {
        Coupon fixed = flexprice.coupons().create(CreateCouponParams.builder().name("Launch").type(CouponType.FIXED)
                .amountOff("10.00").currency("usd").cadence(CouponCadence.REPEATED).durationInPeriods(3)
                .maxRedemptions(5).redeemAfter(Instant.parse("2020-01-01T00:00:00Z"))
                .redeemBefore(Instant.parse("2999-01-01T00:00:00Z")).putRule("plans", List.of("pro"))
                .putRule("min_seats", 5).putMetadata("campaign", "launch").build());
        Coupon percentage = flexprice.coupons().create(CreateCouponParams.builder().name("Friends")
                .type(CouponType.PERCENTAGE).percentageOff("12.5").currency("usd").cadence(CouponCadence.FOREVER)
                .build());

        assertThat(fixed.id()).startsWith("coupon_");
        assertThat(fixed.amountOff()).isEqualTo(new BigDecimal("10.00"));
        assertThat(fixed.currency()).isEqualTo("usd");
        assertThat(fixed.type()).isEqualTo(CouponType.FIXED);
        assertThat(fixed.cadence()).isEqualTo(CouponCadence.REPEATED);
        assertThat(fixed.durationInPeriods()).isEqualTo(3);
        assertThat(fixed.maxRedemptions()).isEqualTo(5);
        assertThat(fixed.totalRedemptions()).isZero();
        assertThat(fixed.redeemBefore()).isEqualTo(Instant.parse("2999-01-01T00:00:00Z"));
        assertThat(fixed.rules()).containsEntry("plans", List.of("pro"));
        assertThat(new BigDecimal(fixed.rules().get("min_seats").toString())).isEqualByComparingTo("5");
        assertThat(percentage.percentageOff()).isEqualTo(new BigDecimal("12.5"));
        assertThat(percentage.currency()).as("a percentage coupon applies in every currency").isNull();

        assertThat(flexprice.coupons().get(fixed.id()).metadata()).containsEntry("campaign", "launch");
        Coupon renamed = flexprice.coupons().update(fixed.id(), UpdateCouponParams.builder().name("Launch 2026")
                .build());
        assertThat(renamed.name()).isEqualTo("Launch 2026");
        assertThat(renamed.metadata()).containsEntry("campaign", "launch");
        assertThat(renamed.amountOff()).isEqualTo(new BigDecimal("10.00"));
        assertThat(flexprice.coupons().list(CouponListParams.builder().addCouponId(fixed.id())
                .addCouponId(percentage.id()).order(SortOrder.ASC).build()).items()).extracting(Coupon::name)
                .containsExactly("Launch 2026", "Friends");

        assertThatThrownBy(() -> flexprice.coupons().create(CreateCouponParams.builder().name(" ")
                .type(CouponType.PERCENTAGE).percentageOff("150").cadence(CouponCadence.REPEATED).maxRedemptions(0)
                .build())).isInstanceOfSatisfying(ValidationException.class, e -> assertThat(fields(e))
                        .containsExactly("name", "percentage_off", "duration_in_periods", "max_redemptions"));

        flexprice.coupons().delete(fixed.id());
        assertThatThrownBy(() -> flexprice.coupons().get(fixed.id()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("coupon.not_found"));
    }

    @Test
    void tax_rates_and_associations_are_served_through_every_operation() {
        Customer customer = flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-tax-acme")
                .name("Acme").build());
        TaxRate igst = flexprice.taxRates().create(CreateTaxRateParams.builder().name("IGST").code("SDK_IGST")
                .taxRateType(TaxRateType.PERCENTAGE).percentageValue("18").build());
        TaxRate cgst = flexprice.taxRates().create(CreateTaxRateParams.builder().name("CGST").code("SDK_CGST")
                .taxRateType(TaxRateType.PERCENTAGE).percentageValue("9.00").description("central").build());
        TaxRate stamp = flexprice.taxRates().create(CreateTaxRateParams.builder().name("Stamp").code("SDK_STAMP")
                .taxRateType(TaxRateType.FIXED).fixedValue("1.50").scope(TaxRateScope.ONETIME).build());

        assertThat(igst.percentageValue()).isEqualTo(new BigDecimal("18"));
        assertThat(igst.scope()).isEqualTo(TaxRateScope.INTERNAL);
        assertThat(igst.taxRateStatus()).isEqualTo(TaxRateStatus.ACTIVE);
        assertThat(cgst.percentageValue()).isEqualTo(new BigDecimal("9.00"));
        assertThat(stamp.fixedValue()).isEqualTo(new BigDecimal("1.50"));
        assertThat(stamp.taxRateType()).isEqualTo(TaxRateType.FIXED);
        assertThat(flexprice.taxRates().get(cgst.id()).description()).isEqualTo("central");
        assertThat(flexprice.taxRates().list(TaxRateListParams.builder().addTaxRateCode("SDK_CGST")
                .addTaxRateCode("SDK_IGST").order(SortOrder.ASC).build())).extracting(TaxRate::code)
                .containsExactly("SDK_IGST", "SDK_CGST");
        assertThat(flexprice.taxRates().list(TaxRateListParams.builder().addTaxRateId(stamp.id())
                .scope(TaxRateScope.ONETIME).build())).extracting(TaxRate::id).containsExactly(stamp.id());
        assertThatThrownBy(() -> flexprice.taxRates().create(CreateTaxRateParams.builder().name("Again")
                .code("SDK_IGST").taxRateType(TaxRateType.PERCENTAGE).percentageValue("1").build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("tax_rate.code_taken"));

        TaxAssociation tenantLevel = flexprice.taxAssociations().create(CreateTaxAssociationParams.builder()
                .taxRateCode("SDK_IGST").entityType(TaxRateEntityType.TENANT).autoApply(true).build());
        assertThat(tenantLevel.entityId()).isEqualTo(customer.tenantId());
        assertThat(tenantLevel.taxRateId()).isEqualTo(igst.id());
        TaxAssociation byExternalId = flexprice.taxAssociations().create(CreateTaxAssociationParams.builder()
                .taxRateCode("SDK_CGST").externalCustomerId("sdk-tax-acme").priority(1).autoApply(true)
                .currency("inr").putMetadata("source", "sdk").build());
        assertThat(byExternalId.entityType()).isEqualTo(TaxRateEntityType.CUSTOMER);
        assertThat(byExternalId.entityId()).isEqualTo(customer.id());
        assertThat(byExternalId.priority()).isEqualTo(1);
        assertThat(byExternalId.currency()).isEqualTo("inr");
        assertThat(byExternalId.startDate()).as("without a start it applies from the beginning").isNull();
        TaxAssociation byEntity = flexprice.taxAssociations().create(CreateTaxAssociationParams.builder()
                .taxRateCode("SDK_STAMP").entityType(TaxRateEntityType.CUSTOMER).entityId(customer.id())
                .currency("usd").endDate(YEAR_2099).build());
        assertThat(byEntity.autoApply()).isFalse();
        assertThat(byEntity.priority()).isZero();
        assertThat(byEntity.endDate()).isEqualTo(YEAR_2099);

        TaxAssociation read = flexprice.taxAssociations().get(byExternalId.id());
        assertThat(read.taxRate().code()).isEqualTo("SDK_CGST");
        assertThat(read.metadata()).containsEntry("source", "sdk");
        var listed = flexprice.taxAssociations().list(TaxAssociationListParams.builder()
                .externalCustomerId("sdk-tax-acme").expand("tax_rate").build());
        assertThat(listed.total()).isEqualTo(2);
        assertThat(listed.items()).extracting(a -> a.taxRate().code())
                .containsExactlyInAnyOrder("SDK_CGST", "SDK_STAMP");
        assertThat(flexprice.taxAssociations().list(TaxAssociationListParams.builder()
                .entityType(TaxRateEntityType.CUSTOMER).entityId(customer.id()).taxRateId(stamp.id()).build())
                .items()).singleElement().satisfies(a -> {
                    assertThat(a.id()).isEqualTo(byEntity.id());
                    assertThat(a.taxRate()).as("without expand, no rate").isNull();
                });
        TaxAssociation reprioritised = flexprice.taxAssociations().update(byExternalId.id(),
                UpdateTaxAssociationParams.builder().priority(0).autoApply(false).build());
        assertThat(reprioritised.priority()).isZero();
        assertThat(reprioritised.autoApply()).isFalse();
        assertThat(reprioritised.currency()).isEqualTo("inr");

        assertThatThrownBy(() -> flexprice.taxRates().delete(igst.id()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.code()).isEqualTo("tax_rate.in_use"));
        TaxAssociation deleted = flexprice.taxAssociations().delete(tenantLevel.id());
        assertThat(deleted.status()).isEqualTo(Status.DELETED);
        assertThatThrownBy(() -> flexprice.taxAssociations().get(tenantLevel.id()))
                .isInstanceOf(NotFoundException.class);
        flexprice.taxRates().delete(igst.id());
        assertThatThrownBy(() -> flexprice.taxRates().get(igst.id())).isInstanceOf(NotFoundException.class);

        TaxRate inactive = flexprice.taxRates().update(cgst.id(), UpdateTaxRateParams.builder()
                .taxRateStatus(TaxRateStatus.INACTIVE).description("retired").build());
        assertThat(inactive.taxRateStatus()).isEqualTo(TaxRateStatus.INACTIVE);
        assertThat(inactive.percentageValue()).isEqualTo(new BigDecimal("9.00"));
        assertThatThrownBy(() -> flexprice.taxAssociations().create(CreateTaxAssociationParams.builder()
                .taxRateCode("SDK_CGST").entityType(TaxRateEntityType.TENANT).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(e.code()).isEqualTo("tax_rate.inactive"));
    }

    @Test
    void a_subscription_lives_through_usage_an_upgrade_a_pause_line_items_and_cancellation() {
        flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-subs-1").name("Acme").build());
        Plan basic = flexprice.plans().create(CreatePlanParams.builder().name("Basic").lookupKey("sdk-basic")
                .addPrice(monthlyFee("30.00", "usd", null).toBuilder().displayName("Basic fee").build())
                .addPrice(CreatePriceParams.builder().type(PriceType.USAGE).billingModel(BillingModel.FLAT_FEE)
                        .amount("0.10").currency("usd").meterId(meterId).billingCadence(BillingCadence.RECURRING)
                        .billingPeriod(BillingPeriod.MONTHLY).invoiceCadence(InvoiceCadence.ARREAR)
                        .displayName("Units").build())
                .addPrice(monthlyFee("25.00", "eur", null)).build());
        String usagePrice = basic.prices().get(1).id();
        Plan pro = flexprice.plans().create(CreatePlanParams.builder().name("Pro").lookupKey("sdk-pro-plan")
                .addPrice(monthlyFee("60.00", "usd", null).toBuilder().displayName("Pro fee").build()).build());

        Subscription created = flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .externalCustomerId("sdk-subs-1").planId(basic.id()).currency("usd")
                .billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY)
                .billingCycle(BillingCycle.ANNIVERSARY).startDate(APRIL).lookupKey("sdk-subs-basic")
                .addOverrideLineItem(OverrideLineItemParams.builder().priceId(usagePrice).amount("0.20").build())
                .putMetadata("team", "a").build());
        String id = created.id();

        assertThat(id).startsWith("subs_");
        assertThat(created.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(created.currency()).isEqualTo("usd");
        assertThat(created.billingCycle()).isEqualTo(BillingCycle.ANNIVERSARY);
        assertThat(created.currentPeriodStart()).isEqualTo(APRIL);
        assertThat(created.currentPeriodEnd()).isEqualTo(MAY);
        assertThat(created.metadata()).containsEntry("team", "a");
        // the EUR price is left out: a subscription never mixes currencies
        assertThat(created.lineItems()).hasSize(2).allSatisfy(line -> assertThat(line.entityType())
                .isEqualTo(SubscriptionLineItemEntityType.PLAN));
        assertThat(created.lineItems()).filteredOn(line -> line.priceId().equals(usagePrice)).singleElement()
                .satisfies(line -> assertThat(line.amount()).isEqualTo(new BigDecimal("0.20")));
        assertThat(flexprice.subscriptions().get(id).lookupKey()).isEqualTo("sdk-subs-basic");

        Subscription scheduled = flexprice.subscriptions().update(id, UpdateSubscriptionParams.builder()
                .cancelAtPeriodEnd(true).putMetadata("team", "b").build());
        assertThat(scheduled.cancelAtPeriodEnd()).isTrue();
        assertThat(scheduled.metadata()).containsEntry("team", "b");
        assertThat(flexprice.subscriptions().update(id, UpdateSubscriptionParams.builder().cancelAtPeriodEnd(false)
                .build()).cancelAtPeriodEnd()).isFalse();

        flexprice.events().ingestBulk(List.of(unitsUsed("sdk-subs-ev1", "2026-04-05T10:00:00Z", 50),
                unitsUsed("sdk-subs-ev2", "2026-04-10T10:00:00Z", 30)));
        SubscriptionUsage usage = flexprice.subscriptions().usage(SubscriptionUsageParams.builder()
                .subscriptionId(id).build());
        // 50 + 30 = 80 units at the overridden 0.20 = 16.00
        assertThat(usage.charges()).singleElement().satisfies(charge -> {
            assertThat(charge.quantity()).isEqualByComparingTo("80");
            assertThat(charge.amount()).isEqualByComparingTo("16.00");
            assertThat(charge.priceId()).isEqualTo(usagePrice);
            assertThat(charge.isOverage()).isFalse();
        });
        assertThat(usage.amount()).isEqualByComparingTo("16.00");
        assertThat(usage.displayAmount()).isEqualTo("16.00");
        assertThat(usage.currency()).isEqualTo("usd");
        // only the first event's day: 50 x 0.20 = 10.00
        assertThat(flexprice.subscriptions().usage(SubscriptionUsageParams.builder().subscriptionId(id)
                .startTime(APRIL).endTime(Instant.parse("2026-04-06T00:00:00Z")).build()).amount())
                .isEqualByComparingTo("10.00");
        // the same usage per feature: 80 units, charged 16.00 by the subscription
        UsageAnalytics analytics = flexprice.events().analytics(UsageAnalyticsParams.builder()
                .externalCustomerId("sdk-subs-1").startTime(APRIL).endTime(MAY).build());
        assertThat(analytics.currency()).isEqualTo("usd");
        assertThat(analytics.items()).singleElement().satisfies(item -> {
            assertThat(item.meterId()).isEqualTo(meterId);
            assertThat(item.totalUsage()).isEqualByComparingTo("80");
            assertThat(item.totalCost()).isEqualByComparingTo("16.00");
        });
        assertThat(analytics.totalCost()).isEqualByComparingTo("16.00");

        SubscriptionChangeParams upgrade = SubscriptionChangeParams.builder().targetPlanId(pro.id())
                .billingCadence(BillingCadence.RECURRING).billingCycle(BillingCycle.ANNIVERSARY)
                .billingPeriod(BillingPeriod.MONTHLY).prorationBehavior(ProrationBehavior.CREATE_PRORATIONS).build();
        SubscriptionChangePreview preview = flexprice.subscriptions().previewChange(id, upgrade);
        assertThat(preview.changeType()).isEqualTo(SubscriptionChangeType.UPGRADE);
        assertThat(preview.currentPlan().id()).isEqualTo(basic.id());
        assertThat(preview.targetPlan().id()).isEqualTo(pro.id());
        // April 11..30 is 20 of 30 days: credit 30.00 x 20/30 = 20.00, charge 60.00 x 20/30 = 40.00, net 20.00
        assertThat(preview.prorationDetails().creditAmount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(preview.prorationDetails().chargeAmount()).isEqualTo(new BigDecimal("40.00"));
        assertThat(preview.prorationDetails().netAmount()).isEqualTo(new BigDecimal("20.00"));
        assertThat(preview.prorationDetails().daysUsed()).isEqualTo(10);
        assertThat(preview.prorationDetails().daysRemaining()).isEqualTo(20);
        assertThat(flexprice.subscriptions().get(id).planId()).as("a preview changes nothing").isEqualTo(basic.id());

        SubscriptionChangeResult executed = flexprice.subscriptions().executeChange(id, upgrade);
        assertThat(executed.isScheduled()).isFalse();
        assertThat(executed.oldSubscription().planId()).isEqualTo(basic.id());
        assertThat(executed.newSubscription().planId()).isEqualTo(pro.id());
        assertThat(executed.prorationApplied().netAmount()).isEqualTo(new BigDecimal("20.00"));
        Subscription upgraded = flexprice.subscriptions().get(id);
        assertThat(upgraded.planId()).isEqualTo(pro.id());
        assertThat(upgraded.lineItems()).hasSize(3);
        assertThat(upgraded.lineItems().get(0).endDate()).isEqualTo(NOW);

        SubscriptionPause pause = flexprice.subscriptions().pause(id, PauseSubscriptionParams.builder()
                .pauseMode(PauseMode.IMMEDIATE).pauseDays(5).reason("holiday").build());
        assertThat(pause.pauseStatus()).isEqualTo(PauseStatus.ACTIVE);
        assertThat(pause.pauseStart()).isEqualTo(NOW);
        assertThat(pause.pauseEnd()).isEqualTo(Instant.parse("2026-04-16T00:00:00Z"));
        assertThat(pause.reason()).isEqualTo("holiday");
        assertThat(flexprice.subscriptions().get(id).subscriptionStatus()).isEqualTo(SubscriptionStatus.PAUSED);
        assertThat(flexprice.subscriptions().pauses(id)).extracting(SubscriptionPause::id).containsExactly(pause.id());
        SubscriptionPause resumed = flexprice.subscriptions().resume(id, ResumeSubscriptionParams.builder()
                .resumeMode(ResumeMode.IMMEDIATE).build());
        assertThat(resumed.id()).isEqualTo(pause.id());
        assertThat(flexprice.subscriptions().get(id).subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThatThrownBy(() -> flexprice.subscriptions().resume(id, ResumeSubscriptionParams.builder()
                .resumeMode(ResumeMode.IMMEDIATE).build())).isInstanceOf(ConflictException.class);

        String seatPrice = flexprice.prices().create(monthlyFee("5.00", "usd", null).toBuilder()
                .entityType(PriceEntityType.PLAN).entityId(pro.id()).displayName("Seat").build()).id();
        SubscriptionLineItem seats = flexprice.subscriptions().addLineItem(id, CreateSubscriptionLineItemParams
                .builder().priceId(seatPrice).quantity("3").build());
        assertThat(seats.entityType()).isEqualTo(SubscriptionLineItemEntityType.SUBSCRIPTION);
        assertThat(seats.quantity()).isEqualTo(new BigDecimal("3"));
        assertThat(seats.startDate()).isEqualTo(NOW);
        SubscriptionLineItem more = flexprice.subscriptions().updateLineItem(seats.id(),
                UpdateSubscriptionLineItemParams.builder().quantity("4")
                        .effectiveFrom(Instant.parse("2026-04-21T00:00:00Z")).build());
        assertThat(more.id()).isNotEqualTo(seats.id());
        assertThat(more.quantity()).isEqualTo(new BigDecimal("4"));
        assertThat(more.startDate()).isEqualTo(Instant.parse("2026-04-21T00:00:00Z"));
        SubscriptionLineItem ended = flexprice.subscriptions().deleteLineItem(more.id(),
                DeleteSubscriptionLineItemParams.builder().effectiveFrom(Instant.parse("2026-04-25T00:00:00Z"))
                        .build());
        assertThat(ended.endDate()).isEqualTo(Instant.parse("2026-04-25T00:00:00Z"));

        CancelSubscriptionResult cancelled = flexprice.subscriptions().cancel(id, CancelSubscriptionParams.builder()
                .cancellationType(CancellationType.IMMEDIATE).reason("too expensive").build());
        assertThat(cancelled.status()).isEqualTo(SubscriptionStatus.CANCELLED);
        assertThat(cancelled.cancellationType()).isEqualTo(CancellationType.IMMEDIATE);
        assertThat(cancelled.reason()).isEqualTo("too expensive");
        // credits: Pro fee April 11..30, 60.00 x 20/30 = 40.00; seats 3 x 5.00 for April 11..20, 10 of 30 days
        // = 5.00; seats 4 x 5.00 for April 21..24, 4 of 30 days = 2.666.. -> 2.67; total 47.67
        assertThat(cancelled.totalCreditAmount()).isEqualTo(new BigDecimal("47.67"));
        assertThat(cancelled.prorationDetails()).extracting(d -> d.creditAmount().toPlainString())
                .containsExactlyInAnyOrder("40.00", "5.00", "2.67");
        assertThat(cancelled.charges()).extracting(ChargeLine::kind).containsExactly(ChargeKind.PRORATION,
                ChargeKind.PRORATION, ChargeKind.PRORATION, ChargeKind.USAGE);
        // usage up to the cancellation, April 1..11 on the Basic usage line: 80 x 0.20 = 16.00
        assertThat(cancelled.charges().get(3).roundedAmount()).isEqualTo(new BigDecimal("16.00"));
        assertThatThrownBy(() -> flexprice.subscriptions().cancel(id, CancelSubscriptionParams.builder()
                .cancellationType(CancellationType.IMMEDIATE).build()))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo("subscription.invalid_state"));

        var byCustomer = flexprice.subscriptions().list(SubscriptionListParams.builder()
                .externalCustomerId("sdk-subs-1").addSubscriptionStatus(SubscriptionStatus.CANCELLED).build());
        assertThat(byCustomer.total()).isEqualTo(1);
        assertThat(byCustomer.items()).extracting(Subscription::id).containsExactly(id);
    }

    private static IngestEventParams unitsUsed(String id, String at, int units) {
        return IngestEventParams.builder().eventId(id).eventName("sdk_unit_used").externalCustomerId("sdk-subs-1")
                .timestamp(Instant.parse(at)).putProperty("units", units).build();
    }

    @Test
    void a_draft_is_activated_from_its_new_start_date_and_bad_requests_are_typed_errors() {
        Customer customer = flexprice.customers().create(CreateCustomerParams.builder().externalId("sdk-subs-2")
                .build());
        Plan plan = flexprice.plans().create(CreatePlanParams.builder().name("Draftable").lookupKey("sdk-draftable")
                .addPrice(monthlyFee("60.00", "usd", null)).build());
        Plan elsewhere = flexprice.plans().create(CreatePlanParams.builder().name("Elsewhere")
                .lookupKey("sdk-elsewhere").addPrice(monthlyFee("1.00", "usd", null)).build());

        Subscription draft = flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customer.id()).planId(plan.id()).currency("USD").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY).subscriptionStatus(SubscriptionStatus.DRAFT).build());
        assertThat(draft.subscriptionStatus()).isEqualTo(SubscriptionStatus.DRAFT);

        Subscription active = flexprice.subscriptions().activate(draft.id(), ActivateSubscriptionParams.builder()
                .startDate(NOW).build());
        assertThat(active.subscriptionStatus()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(active.currentPeriodStart()).isEqualTo(NOW);
        assertThat(active.currentPeriodEnd()).isEqualTo(Instant.parse("2026-05-11T00:00:00Z"));
        assertThat(flexprice.subscriptions().list(SubscriptionListParams.builder().addSubscriptionId(draft.id())
                .build()).items()).extracting(Subscription::subscriptionStatus)
                .containsExactly(SubscriptionStatus.ACTIVE);
        assertThat(flexprice.subscriptions().list(SubscriptionListParams.builder().customerId(customer.id())
                .planId(plan.id()).build()).total()).isEqualTo(1);
        assertThat(flexprice.subscriptions().list(SubscriptionListParams.builder().externalCustomerId("nobody")
                .build()).items()).isEmpty();

        // a line item deleted (now) before it starts is removed
        SubscriptionLineItem extra = flexprice.subscriptions().addLineItem(active.id(),
                CreateSubscriptionLineItemParams.builder().priceId(plan.prices().get(0).id()).quantity("2")
                        .startDate(Instant.parse("2026-04-20T00:00:00Z")).build());
        assertThat(extra.startDate()).isEqualTo(Instant.parse("2026-04-20T00:00:00Z"));
        assertThat(flexprice.subscriptions().deleteLineItem(extra.id()).id()).isEqualTo(extra.id());
        assertThat(flexprice.subscriptions().get(active.id()).lineItems()).extracting(SubscriptionLineItem::id)
                .doesNotContain(extra.id());

        // a downgrade waits for the period end, April 11 + 1 month = May 11; so does a cancellation there
        SubscriptionChangeResult downgrade = flexprice.subscriptions().executeChange(active.id(),
                SubscriptionChangeParams.builder().targetPlanId(elsewhere.id()).changeAt(ScheduleType.END_OF_PERIOD)
                        .build());
        Instant periodEnd = Instant.parse("2026-05-11T00:00:00Z");
        assertThat(downgrade.changeType()).isEqualTo(SubscriptionChangeType.DOWNGRADE);
        assertThat(downgrade.isScheduled()).isTrue();
        assertThat(downgrade.scheduledAt()).isEqualTo(periodEnd);
        Subscription waiting = flexprice.subscriptions().get(active.id());
        assertThat(waiting.planId()).isEqualTo(plan.id());
        assertThat(waiting.scheduledChange().targetPlanId()).isEqualTo(elsewhere.id());
        assertThat(waiting.scheduledChange().effectiveAt()).isEqualTo(periodEnd);
        CancelSubscriptionResult atPeriodEnd = flexprice.subscriptions().cancel(active.id(),
                CancelSubscriptionParams.builder().cancellationType(CancellationType.END_OF_PERIOD).build());
        assertThat(atPeriodEnd.status()).isEqualTo(SubscriptionStatus.ACTIVE);
        assertThat(atPeriodEnd.effectiveDate()).isEqualTo(periodEnd);
        assertThat(atPeriodEnd.totalCreditAmount()).isEqualByComparingTo("0");
        Subscription ending = flexprice.subscriptions().get(active.id());
        assertThat(ending.cancelAtPeriodEnd()).isTrue();
        assertThat(ending.cancelAt()).isEqualTo(periodEnd);

        String otherPrice = elsewhere.prices().get(0).id();
        assertThatThrownBy(() -> flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customer.id()).planId(plan.id()).currency("usd").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.MONTHLY)
                .addOverrideLineItem(OverrideLineItemParams.builder().priceId(otherPrice).build()).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("override_line_items[0].price_id"));
        assertThatThrownBy(() -> flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customer.id()).planId(plan.id()).currency("xyz").billingCadence(BillingCadence.RECURRING)
                .billingPeriod(BillingPeriod.of("FORTNIGHTLY")).build()))
                .isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactlyInAnyOrder("currency", "billing_period"));
        assertThatThrownBy(() -> flexprice.subscriptions().create(CreateSubscriptionParams.builder()
                .customerId(customer.id()).planId("plan_missing").currency("usd")
                .billingCadence(BillingCadence.RECURRING).billingPeriod(BillingPeriod.MONTHLY).build()))
                .isInstanceOfSatisfying(NotFoundException.class, e -> assertThat(e.code()).isEqualTo("plan.not_found"));
        assertThatThrownBy(() -> flexprice.subscriptions().get("subs_missing"))
                .isInstanceOfSatisfying(NotFoundException.class,
                        e -> assertThat(e.code()).isEqualTo("subscription.not_found"));
        assertThatThrownBy(() -> flexprice.subscriptions().updateLineItem("subs_line_missing",
                UpdateSubscriptionLineItemParams.builder().build())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> flexprice.subscriptions().pause(active.id(), PauseSubscriptionParams.builder()
                .build())).isInstanceOfSatisfying(ValidationException.class,
                        e -> assertThat(fields(e)).containsExactly("pause_mode"));
    }
}
