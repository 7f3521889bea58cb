package io.flexprice.domain.coupon;

import io.flexprice.domain.common.ValidationException;
import java.util.Locale;

/**
 * In which billing periods of a subscription a coupon gives its discount: ONCE the first only, REPEATED the
 * first {@code duration_in_periods}, FOREVER every one. Wire values are lower case.
 */
public enum CouponCadence {
    ONCE,
    REPEATED,
    FOREVER;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CouponCadence fromWire(String value) {
        for (CouponCadence cadence : values()) {
            if (cadence.wireValue().equalsIgnoreCase(value)) {
                return cadence;
            }
        }
        throw ValidationException.of("cadence", "must be one of once, repeated, forever");
    }
}
