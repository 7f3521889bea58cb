package io.flexprice.domain.pricing;

import static io.flexprice.domain.common.Rejections.rejected;
import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.ValidationException;
import java.util.Arrays;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

/** The wire spellings are FlexPrice's (its official client's models); clients switch on them. */
class WireValuesTest {

    @Test
    void wireValuesAreFlexPricesSpellings() {
        assertThat(wire(PriceType.values(), Enum::name)).containsExactly("USAGE", "FIXED");
        assertThat(wire(BillingModel.values(), Enum::name)).containsExactly("FLAT_FEE", "PACKAGE", "TIERED");
        assertThat(wire(TierMode.values(), Enum::name)).containsExactly("VOLUME", "SLAB");
        assertThat(wire(InvoiceCadence.values(), Enum::name)).containsExactly("ADVANCE", "ARREAR");
        assertThat(wire(BillingCadence.values(), Enum::name)).containsExactly("RECURRING", "ONETIME");
        assertThat(wire(BillingPeriod.values(), Enum::name))
                .containsExactly("DAILY", "WEEKLY", "MONTHLY", "QUARTERLY", "HALF_YEARLY", "ANNUAL");
        assertThat(wire(RoundType.values(), RoundType::wireValue)).containsExactly("up", "down");
    }

    private static <E extends Enum<E>> String[] wire(E[] values, Function<E, String> wireValue) {
        return Arrays.stream(values).map(wireValue).toArray(String[]::new);
    }

    @Test
    void fromWireIgnoresCase() {
        assertThat(PriceType.fromWire("usage")).isEqualTo(PriceType.USAGE);
        assertThat(BillingModel.fromWire("Flat_Fee")).isEqualTo(BillingModel.FLAT_FEE);
        assertThat(TierMode.fromWire("slab")).isEqualTo(TierMode.SLAB);
        assertThat(InvoiceCadence.fromWire("ARREAR")).isEqualTo(InvoiceCadence.ARREAR);
        assertThat(BillingCadence.fromWire("onetime")).isEqualTo(BillingCadence.ONETIME);
        assertThat(BillingPeriod.fromWire("half_yearly")).isEqualTo(BillingPeriod.HALF_YEARLY);
        assertThat(RoundType.fromWire("UP")).isEqualTo(RoundType.UP);
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"YEARLY", "ONETIME", "half-yearly"})
    void anUnknownValueNamesTheFieldAndTheChoices(String value) {
        ValidationException e = rejected(() -> BillingPeriod.fromWire(value));

        assertThat(e.violations()).singleElement().satisfies(v -> {
            assertThat(v.field()).isEqualTo("billing_period");
            assertThat(v.message())
                    .isEqualTo("must be one of DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, ANNUAL");
        });
    }

    @Test
    void everyEnumNamesItsOwnWireField() {
        assertThat(field(() -> PriceType.fromWire("x"))).isEqualTo("type");
        assertThat(field(() -> BillingModel.fromWire("x"))).isEqualTo("billing_model");
        assertThat(field(() -> TierMode.fromWire("x"))).isEqualTo("tier_mode");
        assertThat(field(() -> InvoiceCadence.fromWire("x"))).isEqualTo("invoice_cadence");
        assertThat(field(() -> BillingCadence.fromWire("x"))).isEqualTo("billing_cadence");
        assertThat(field(() -> RoundType.fromWire("nearest"))).isEqualTo("transform_quantity.round");
    }

    private static String field(org.assertj.core.api.ThrowableAssert.ThrowingCallable parse) {
        return rejected(parse).violations().get(0).field();
    }
}
