package io.flexprice.ports.in.coupon;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.coupon.CouponFilter;

public interface FindCouponsQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if there is no live coupon with this id
     */
    Coupon get(Caller caller, CouponId id);

    Page<Coupon> search(Caller caller, CouponFilter filter, PageRequest page);
}
