package io.flexprice.domain.coupon;

import static io.flexprice.domain.Fixtures.AUDIT;
import static io.flexprice.domain.Fixtures.SCOPE;
import static io.flexprice.domain.Fixtures.at;
import static io.flexprice.domain.Fixtures.dec;
import static io.flexprice.domain.common.Rejections.fieldsRejected;
import static io.flexprice.domain.coupon.Coupons.aCoupon;
import static io.flexprice.domain.money.Monies.EUR;
import static io.flexprice.domain.money.Monies.USD;
import static io.flexprice.domain.money.Monies.eur;
import static io.flexprice.domain.money.Monies.jpy;
import static io.flexprice.domain.money.Monies.usd;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.coupon.Coupon.Redeemability;
import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.domain.money.Money;
import java.time.Instant;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class CouponTest {

    private static final Instant JAN_1 = at("2024-01-01T00:00:00Z");
    private static final Instant FEB_1 = at("2024-02-01T00:00:00Z");

    @Test
    void aPercentageCouponTakesItsShareUnroundedAtWorkingScale() {
        Coupon third = aCoupon().percentage("33.333").build();

        // 10.00 × 33.333 / 100 = 3.3333 (not rounded to 3.33: the billing code rounds once)
        assertThat(third.discountOn(usd("10.00"))).isEqualTo(usd("3.3333"));
        // 0.07 × 33.333 / 100 = 0.02333310
        assertThat(third.discountOn(usd("0.07")).amount()).isEqualByComparingTo("0.0233331");
        // a percentage coupon works in any currency: 1000 JPY × 33.333 % = 333.33
        assertThat(third.discountOn(jpy("1000"))).isEqualTo(jpy("333.33"));
    }

    @Test
    void aHundredPercentCouponTakesTheWholeAmountAndNoMore() {
        assertThat(aCoupon().percentage("100").build().discountOn(usd("49.99"))).isEqualTo(usd("49.99"));
    }

    @Test
    void aFixedCouponTakesItsAmountButNeverMoreThanTheAmountDiscounted() {
        Coupon tenOff = aCoupon().fixed("10.00", "USD").build();

        assertThat(tenOff.discountOn(usd("49.99"))).isEqualTo(usd("10"));
        assertThat(tenOff.discountOn(usd("10.00"))).isEqualTo(usd("10"));
        // 4.25 < 10: the discount is capped at the amount, leaving zero to pay
        assertThat(tenOff.discountOn(usd("4.25"))).isEqualTo(usd("4.25"));
    }

    @Test
    void aFixedCouponRefusesAnAmountOfAnotherCurrency() {
        Coupon tenOff = aCoupon().fixed("10", "USD").build();

        assertThatThrownBy(() -> tenOff.discountOn(eur("49.99")))
                .isInstanceOfSatisfying(CurrencyMismatchException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.CURRENCY_MISMATCH));
    }

    @Test
    void nothingIsTakenOffAZeroOrNegativeAmount() {
        assertThat(aCoupon().fixed("10", "USD").build().discountOn(usd("0"))).isEqualTo(Money.zero(USD));
        assertThat(aCoupon().percentage("50").build().discountOn(eur("-20"))).isEqualTo(Money.zero(EUR));
    }

    @Test
    void onceAppliesInTheFirstPeriodOnly() {
        Coupon once = aCoupon().once().build();

        assertThat(once.appliesInPeriod(1)).isTrue();
        assertThat(once.appliesInPeriod(2)).isFalse();
    }

    @Test
    void repeatedAppliesInTheFirstDurationInPeriodsPeriods() {
        Coupon threeMonths = aCoupon().repeated(3).build();

        assertThat(threeMonths.appliesInPeriod(1)).isTrue();
        assertThat(threeMonths.appliesInPeriod(3)).isTrue();
        assertThat(threeMonths.appliesInPeriod(4)).isFalse();
    }

    @Test
    void foreverAppliesInEveryPeriodAndThereIsNoPeriodZero() {
        Coupon forever = aCoupon().build();

        assertThat(forever.appliesInPeriod(1)).isTrue();
        assertThat(forever.appliesInPeriod(1200)).isTrue();
        assertThat(fieldsRejected(() -> forever.appliesInPeriod(0))).containsExactly("period");
    }

    @Test
    void theRedemptionWindowIsHalfOpen() {
        Coupon january = aCoupon().window(JAN_1, FEB_1).build();

        assertThat(january.redeemabilityAt(JAN_1.minusNanos(1))).isEqualTo(Redeemability.NOT_YET_REDEEMABLE);
        assertThat(january.canBeRedeemedAt(JAN_1)).isTrue();
        assertThat(january.canBeRedeemedAt(FEB_1.minusNanos(1))).isTrue();
        assertThat(january.redeemabilityAt(FEB_1)).isEqualTo(Redeemability.EXPIRED);
        assertThat(aCoupon().window(null, FEB_1).build().canBeRedeemedAt(at("1970-01-01T00:00:00Z"))).isTrue();
        assertThat(aCoupon().window(JAN_1, null).build().canBeRedeemedAt(at("2999-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void redemptionsCountUpToTheMaximumAndNoFurther() {
        Coupon coupon = aCoupon().redemptions(0, 2).build();

        Coupon once = coupon.redeemedAt(JAN_1);
        Coupon twice = once.redeemedAt(JAN_1);

        assertThat(once.totalRedemptions()).isEqualTo(1);
        assertThat(twice.totalRedemptions()).isEqualTo(2);
        assertThat(twice.redeemabilityAt(JAN_1)).isEqualTo(Redeemability.LIMIT_REACHED);
        assertThatThrownBy(() -> twice.redeemedAt(JAN_1)).isInstanceOfSatisfying(ConflictException.class,
                e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_REDEMPTION_LIMIT_REACHED));
        assertThat(aCoupon().redemptions(5000, null).build().canBeRedeemedAt(JAN_1)).isTrue();
    }

    @Test
    void anUnpublishedOrOutOfWindowCouponIsNotRedeemable() {
        for (Coupon refused : new Coupon[] {aCoupon().status(Status.ARCHIVED).build(),
                aCoupon().status(Status.DELETED).build(), aCoupon().window(FEB_1, null).build(),
                aCoupon().window(null, JAN_1).build()}) {
            assertThatThrownBy(() -> refused.redeemedAt(JAN_1)).isInstanceOfSatisfying(ConflictException.class,
                    e -> assertThat(e.code()).isEqualTo(ErrorCode.COUPON_NOT_REDEEMABLE));
        }
    }

    @Test
    void everyInvalidTermIsReportedAtOnce() {
        assertThat(fieldsRejected(() -> new Coupon(CouponId.of("c"), SCOPE, " ", CouponType.FIXED, dec("-1"),
                dec("10"), null, CouponCadence.ONCE, 2, FEB_1, JAN_1, 0, -1, null, null, Status.PUBLISHED, AUDIT)))
                .containsExactly("name", "amount_off", "currency", "percentage_off", "duration_in_periods",
                        "redeem_before", "max_redemptions", "total_redemptions");
        assertThat(fieldsRejected(() -> new Coupon(CouponId.of("c"), SCOPE, "x", CouponType.PERCENTAGE, dec("5"),
                dec("100.01"), Currency.getInstance("USD"), CouponCadence.REPEATED, null, null, null, 1, 2, null,
                null, Status.PUBLISHED, AUDIT)))
                .containsExactly("amount_off", "currency", "percentage_off", "duration_in_periods",
                        "total_redemptions");
        assertThat(fieldsRejected(() -> new Coupon(CouponId.of("c"), SCOPE, "x", null, null, dec("0"), null, null,
                null, JAN_1, JAN_1, null, 0, null, null, Status.PUBLISHED, AUDIT)))
                .containsExactly("type", "percentage_off", "cadence", "redeem_before");
    }

    @Test
    void aFixedAmountOffMustBeAWholeNumberOfTheCurrencysMinorUnit() {
        // USD has 2 decimal places: 5.005 is half a cent; JPY has none: 100.5 is half a yen
        assertThat(fieldsRejected(() -> aCoupon().fixed("5.005", "USD").build())).containsExactly("amount_off");
        assertThat(fieldsRejected(() -> aCoupon().fixed("100.5", "JPY").build())).containsExactly("amount_off");
        // trailing zeros are not precision: 5.0100 USD is 5.01
        assertThat(aCoupon().fixed("5.0100", "USD").build().amountOff()).isEqualByComparingTo("5.01");
        assertThat(aCoupon().fixed("100", "JPY").build().amountOff()).isEqualByComparingTo("100");
    }

    @Test
    void detailsChangeWithoutTouchingTheTermsOrTheRedemptions() {
        Coupon coupon = aCoupon().fixed("5", "EUR").redemptions(3, 10).build();

        Coupon renamed = coupon.withDetails("Spring", Metadata.of(java.util.Map.of("k", "v")), AUDIT);

        assertThat(renamed.name()).isEqualTo("Spring");
        assertThat(renamed.amountOff()).isEqualByComparingTo("5");
        assertThat(renamed.totalRedemptions()).isEqualTo(3);
        assertThat(fieldsRejected(() -> coupon.withDetails("", null, AUDIT))).containsExactly("name");
        assertThat(coupon.deleted(AUDIT).isLive()).isFalse();
        assertThat(coupon.rules()).containsEntry("plan", "pro");
        assertThatThrownBy(() -> coupon.rules().put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
        assertThatThrownBy(() -> coupon.refusal(Redeemability.REDEEMABLE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(catchValidation(() -> CouponType.fromWire("half"))).isEqualTo("type");
        assertThat(CouponCadence.fromWire("Repeated")).isEqualTo(CouponCadence.REPEATED);
    }

    private static String catchValidation(Runnable parse) {
        try {
            parse.run();
            throw new AssertionError("not rejected");
        } catch (ValidationException e) {
            return e.violations().get(0).field();
        }
    }
}
