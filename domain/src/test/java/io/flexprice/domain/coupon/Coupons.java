package io.flexprice.domain.coupon;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/** Test fixture: {@code aCoupon().percentage("20").build()}; by default a published 10% forever coupon. */
public final class Coupons {

    private CouponType type = CouponType.PERCENTAGE;
    private BigDecimal amountOff;
    private BigDecimal percentageOff = new BigDecimal("10");
    private Currency currency;
    private CouponCadence cadence = CouponCadence.FOREVER;
    private Integer durationInPeriods;
    private Instant redeemAfter;
    private Instant redeemBefore;
    private Integer maxRedemptions;
    private int totalRedemptions;
    private Status status = Status.PUBLISHED;

    private Coupons() {
    }

    public static Coupons aCoupon() {
        return new Coupons();
    }

    public Coupons percentage(String value) {
        type = CouponType.PERCENTAGE;
        percentageOff = new BigDecimal(value);
        amountOff = null;
        currency = null;
        return this;
    }

    public Coupons fixed(String amount, String currencyCode) {
        type = CouponType.FIXED;
        amountOff = new BigDecimal(amount);
        currency = Currency.getInstance(currencyCode);
        percentageOff = null;
        return this;
    }

    public Coupons once() {
        cadence = CouponCadence.ONCE;
        durationInPeriods = null;
        return this;
    }

    public Coupons repeated(int periods) {
        cadence = CouponCadence.REPEATED;
        durationInPeriods = periods;
        return this;
    }

    public Coupons window(Instant after, Instant before) {
        redeemAfter = after;
        redeemBefore = before;
        return this;
    }

    public Coupons redemptions(int total, Integer max) {
        totalRedemptions = total;
        maxRedemptions = max;
        return this;
    }

    public Coupons status(Status value) {
        status = value;
        return this;
    }

    public Coupon build() {
        return new Coupon(CouponId.of("coupon_1"), Fixtures.SCOPE, "Launch", type, amountOff, percentageOff, currency,
                cadence, durationInPeriods, redeemAfter, redeemBefore, maxRedemptions, totalRedemptions,
                Map.of("plan", "pro"), Metadata.EMPTY, status, Fixtures.AUDIT);
    }
}
