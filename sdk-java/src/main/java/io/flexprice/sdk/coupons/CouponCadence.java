package io.flexprice.sdk.coupons;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How long a coupon applies: once, for a number of periods, or forever.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CouponCadence(@JsonValue String value) {

    public static final CouponCadence ONCE = new CouponCadence("once");
    public static final CouponCadence REPEATED = new CouponCadence("repeated");
    public static final CouponCadence FOREVER = new CouponCadence("forever");

    private static final Set<CouponCadence> KNOWN = Set.of(ONCE, REPEATED, FOREVER);

    public CouponCadence {
        OpenEnums.require(value, "CouponCadence");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CouponCadence of(String value) {
        return new CouponCadence(value);
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
