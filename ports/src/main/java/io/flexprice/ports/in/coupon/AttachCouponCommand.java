package io.flexprice.ports.in.coupon;

import io.flexprice.domain.coupon.CouponId;
import java.time.Instant;
import java.util.Currency;
import java.util.Map;

/**
 * Attach a coupon to a subscription (or to one of its line items) from {@code startDate}, until
 * {@code endDate} if given. {@code subscriptionCurrency}, when given, must be a fixed coupon's currency.
 */
public record AttachCouponCommand(CouponId couponId, String subscriptionId, String subscriptionLineItemId,
                                  Currency subscriptionCurrency, Instant startDate, Instant endDate,
                                  Map<String, String> metadata) {
}
