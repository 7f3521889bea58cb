package io.flexprice.domain.coupon;

import io.flexprice.domain.common.ValidationException;
import java.util.Locale;

/** What a coupon takes off: a fixed amount of one currency, or a percentage. Wire values are lower case. */
public enum CouponType {
    FIXED,
    PERCENTAGE;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static CouponType fromWire(String value) {
        for (CouponType type : values()) {
            if (type.wireValue().equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw ValidationException.of("type", "must be one of fixed, percentage");
    }
}
