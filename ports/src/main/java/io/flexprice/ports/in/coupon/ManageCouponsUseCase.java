package io.flexprice.ports.in.coupon;

import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.ports.in.tenancy.Caller;

public interface ManageCouponsUseCase {

    Coupon create(Caller caller, CreateCouponCommand command);

    Coupon update(Caller caller, CouponId id, UpdateCouponCommand command);

    /**
     * Soft delete: the coupon disappears from reads and can no longer be redeemed. Subscriptions it is attached
     * to keep their associations.
     */
    void delete(Caller caller, CouponId id);
}
