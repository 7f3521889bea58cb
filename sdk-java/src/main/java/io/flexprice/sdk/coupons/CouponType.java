package io.flexprice.sdk.coupons;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a coupon takes a fixed amount or a percentage off.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CouponType(@JsonValue String value) {

    public static final CouponType FIXED = new CouponType("fixed");
    public static final CouponType PERCENTAGE = new CouponType("percentage");

    private static final Set<CouponType> KNOWN = Set.of(FIXED, PERCENTAGE);

    public CouponType {
        OpenEnums.require(value, "CouponType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CouponType of(String value) {
        return new CouponType(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
