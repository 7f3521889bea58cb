package io.flexprice.ports.in.coupon;

import java.util.Map;

/** The fields of a coupon a client may change; null keeps the current value. The terms never change. */
public record UpdateCouponCommand(String name, Map<String, String> metadata) {
}
