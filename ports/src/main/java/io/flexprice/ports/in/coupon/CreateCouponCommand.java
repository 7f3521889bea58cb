package io.flexprice.ports.in.coupon;

import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/** A new coupon; its values were parsed at the edge and are validated by {@link io.flexprice.domain.coupon.Coupon}. */
public record CreateCouponCommand(String name, CouponType type, BigDecimal amountOff, BigDecimal percentageOff,
                                  Currency currency, CouponCadence cadence, Integer durationInPeriods,
                                  Instant redeemAfter, Instant redeemBefore, Integer maxRedemptions,
                                  Map<String, Object> rules, Map<String, String> metadata) {
}
