package io.flexprice.domain.pricing;

import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.pricing.Prices.aPrice;
import static io.flexprice.domain.pricing.Prices.tier;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class PriceTermsChangeTest {

    private static final TransformQuantity PER_100_UP = new TransformQuantity(new BigDecimal("100"), RoundType.UP);

    @Test
    void aNewAmountKeepsTheModelAndEverythingElse() {
        Price current = aPrice().flatFee("1.00").minQuantity("5").build();

        Price next = new PriceTermsChange(null, new BigDecimal("1.25"), null, null, null).applyTo(current);

        assertThat(next).isEqualTo(aPrice().flatFee("1.25").minQuantity("5").build());
    }

    @Test
    void newTiersKeepTheTierModeAndANewTierModeKeepsTheTiers() {
        Price current = aPrice().tiered(TierMode.SLAB, tier("100", "0.10", null), tier(null, "0.05", null)).build();
        List<PriceTier> cheaper = List.of(tier("100", "0.08", null), tier(null, "0.04", null));

        assertThat(new PriceTermsChange(null, null, null, cheaper, null).applyTo(current))
                .isEqualTo(aPrice().tiered(TierMode.SLAB, cheaper.toArray(PriceTier[]::new)).build());
        assertThat(new PriceTermsChange(null, null, TierMode.VOLUME, List.of(), null).applyTo(current))
                .isEqualTo(aPrice().tiered(TierMode.VOLUME, tier("100", "0.10", null), tier(null, "0.05", null))
                        .build());
    }

    @Test
    void aZeroAmountSentWithATieredPriceIsNoAmount() {
        Price current = aPrice().tiered(TierMode.VOLUME, tier(null, "0.05", null)).build();

        assertThat(new PriceTermsChange(null, BigDecimal.ZERO, null, null, null).applyTo(current).amount()).isNull();
    }

    @Test
    void aChangeOfModelKeepsOnlyTheFieldsTheNewModelUses() {
        Price tiered = aPrice().tiered(TierMode.SLAB, tier(null, "0.05", null)).build();
        Price flat = aPrice().flatFee("2.00").build();

        assertThat(new PriceTermsChange(BillingModel.FLAT_FEE, new BigDecimal("3.00"), null, null, null)
                .applyTo(tiered)).isEqualTo(aPrice().flatFee("3.00").build());
        assertThat(new PriceTermsChange(BillingModel.PACKAGE, null, null, null, PER_100_UP).applyTo(flat))
                .isEqualTo(aPrice().packageOf("2.00", "100", RoundType.UP).build());
    }

    @Test
    void aChangeThatLeavesTheNewModelIncompleteOrSendsFieldsItDoesNotUseIsRefused() {
        Price flat = aPrice().flatFee("2.00").build();

        assertThat(fieldsRejected(() -> new PriceTermsChange(BillingModel.PACKAGE, null, null, null, null)
                .applyTo(flat))).containsExactly("transform_quantity");
        assertThat(fieldsRejected(() -> new PriceTermsChange(BillingModel.TIERED, null, null, null, null)
                .applyTo(flat))).containsExactly("tier_mode", "tiers");
        assertThat(fieldsRejected(() -> new PriceTermsChange(null, null, TierMode.SLAB,
                List.of(tier(null, "1", null)), null).applyTo(flat))).containsExactly("tier_mode", "tiers");
    }

    @Test
    void onlyAChangeWithSomeFieldIsAChange() {
        assertThat(PriceTermsChange.NONE.isEmpty()).isTrue();
        assertThat(new PriceTermsChange(null, null, null, List.of(), null).isEmpty()).isTrue();
        assertThat(new PriceTermsChange(null, BigDecimal.ONE, null, null, null).isEmpty()).isFalse();
    }
}
