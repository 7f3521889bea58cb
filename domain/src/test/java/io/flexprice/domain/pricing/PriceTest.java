package io.flexprice.domain.pricing;

import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.common.Rejections.rejected;
import static io.flexprice.domain.pricing.Prices.aPrice;
import static io.flexprice.domain.pricing.Prices.tier;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import io.flexprice.domain.common.ValidationException;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTest {

    @Test
    void aFlatFeeNeedsOnlyAnAmount() {
        Price price = aPrice().flatFee("0.10").build();

        assertThat(price.amount()).isEqualByComparingTo("0.10");
        assertThat(price.tiers()).isEmpty();
        assertThat(price.tierMode()).isNull();
        assertThat(price.transformQuantity()).isNull();
    }

    @Test
    void aOneTimePriceNeedsNoBillingPeriod() {
        Price setupFee = aPrice().type(PriceType.FIXED).billingCadence(BillingCadence.ONETIME).billingPeriod(null)
                .build();

        assertThat(setupFee.billingPeriod()).isNull();
    }

    @Test
    void aTieredPriceMayCarryAZeroAmount() {
        assertThat(aPrice().tiered(TierMode.VOLUME, tier(null, "1", null)).amount("0").build().amount())
                .isEqualByComparingTo("0");
    }

    @Test
    void tiersAreCopied() {
        List<PriceTier> tiers = new ArrayList<>(List.of(tier(null, "1", null)));
        Price price = new Price(PriceType.USAGE, BillingModel.TIERED, Currency.getInstance("USD"), null,
                TierMode.SLAB, tiers, null, BillingCadence.RECURRING, BillingPeriod.MONTHLY, 1, InvoiceCadence.ARREAR,
                null);

        tiers.clear();

        assertThat(price.tiers()).hasSize(1);
        assertThatThrownBy(() -> price.tiers().add(tier(null, "2", null)))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void everyViolationIsReportedTogether() {
        assertThat(fieldsRejected(() -> aPrice().type(null).billingModel(BillingModel.TIERED)
                .currency(Currency.getInstance("XXX")).amount("-1").tierMode(null).tiers()
                .transformQuantity(new TransformQuantity(dec("10"), RoundType.UP)).billingCadence(null)
                .billingPeriodCount(0).invoiceCadence(null).minQuantity("-1").build()))
                .containsExactly("type", "currency", "amount", "tier_mode", "tiers", "transform_quantity",
                        "billing_cadence", "billing_period_count", "invoice_cadence", "min_quantity");
    }

    @Test
    void aPriceWithoutAModelOrCurrencyIsRejected() {
        assertThat(fieldsRejected(() -> aPrice().billingModel(null).currency(null).build()))
                .containsExactly("billing_model", "currency");
    }

    @Test
    void aFlatFeeNeedsAnAmount() {
        assertThat(rejected(() -> aPrice().flatFee(null).build()).violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("amount");
            assertThat(v.message()).isEqualTo("is required for FLAT_FEE prices");
        });
    }

    @Test
    void aPackageNeedsAnAmount() {
        assertThat(fieldsRejected(() -> aPrice().packageOf(null, "100", RoundType.UP).build()))
                .containsExactly("amount");
    }

    @Test
    void aNegativeAmountIsRejected() {
        assertThat(fieldsRejected(() -> aPrice().flatFee("-0.01").build())).containsExactly("amount");
    }

    @Test
    void aPackagePriceNeedsTransformQuantity() {
        assertThat(fieldsRejected(() -> aPrice().packageOf("5", "100", RoundType.UP).transformQuantity(null).build()))
                .containsExactly("transform_quantity");
    }

    @Test
    void optionsOfOtherModelsAreRejectedNotIgnored() {
        assertThat(fieldsRejected(() -> aPrice().flatFee("1").tierMode(TierMode.VOLUME).tiers(tier(null, "1", null))
                .transformQuantity(new TransformQuantity(dec("10"), RoundType.DOWN)).build()))
                .containsExactly("tier_mode", "tiers", "transform_quantity");
    }

    @Test
    void aTieredPriceRejectsANonZeroAmount() {
        ValidationException e = rejected(
                () -> aPrice().tiered(TierMode.SLAB, tier(null, "1", null)).amount("2").build());

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("amount");
            assertThat(v.message()).isEqualTo("is not used by TIERED prices; price the tiers instead");
        });
    }

    @Test
    void aRecurringPriceNeedsABillingPeriod() {
        assertThat(fieldsRejected(() -> aPrice().billingPeriod(null).build())).containsExactly("billing_period");
    }

    @Test
    void tiersMustAscendStrictly() {
        assertThat(rejected(() -> aPrice().tiered(TierMode.VOLUME,
                tier("100", "1", null), tier("100", "1", null), tier("50", "1", null), tier(null, "1", null))
                .build()).violations())
                .extracting(ValidationException.Violation::field, ValidationException.Violation::message)
                .containsExactly(
                        tuple("tiers[1].up_to",
                                "must be greater than the previous tier's up_to"),
                        tuple("tiers[2].up_to",
                                "must be greater than the previous tier's up_to"));
    }

    @Test
    void onlyTheLastTierIsUnbounded() {
        assertThat(fieldsRejected(() -> aPrice().tiered(TierMode.SLAB,
                tier("10", "1", null), tier(null, "1", null), tier("1000", "1", null)).build()))
                .containsExactly("tiers[1].up_to", "tiers[2].up_to");
    }

    @Test
    void aSingleBoundedTierLeavesUsageAboveItUnpricedSoItIsRejected() {
        assertThat(rejected(() -> aPrice().tiered(TierMode.VOLUME, tier("100", "1", null)).build()).violations())
                .singleElement().satisfies(v -> {
                    assertThat(v.field()).isEqualTo("tiers[0].up_to");
                    assertThat(v.message()).isEqualTo(
                            "must be empty on the last tier, which covers all usage above the others");
                });
    }

    @Test
    void minQuantityIsCarriedForSubscriptions() {
        assertThat(aPrice().type(PriceType.FIXED).minQuantity("1").build().minQuantity()).isEqualByComparingTo("1");
    }
}
