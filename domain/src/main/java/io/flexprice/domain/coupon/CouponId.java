package io.flexprice.domain.coupon;

import io.flexprice.domain.common.EntityId;

public record CouponId(String value) {

    public CouponId {
        EntityId.require(value, "coupon_id");
    }

    public static CouponId of(String value) {
        return new CouponId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
