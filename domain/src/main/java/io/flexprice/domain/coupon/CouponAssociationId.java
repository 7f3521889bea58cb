package io.flexprice.domain.coupon;

import io.flexprice.domain.common.EntityId;

public record CouponAssociationId(String value) {

    public CouponAssociationId {
        EntityId.require(value, "coupon_association_id");
    }

    public static CouponAssociationId of(String value) {
        return new CouponAssociationId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
