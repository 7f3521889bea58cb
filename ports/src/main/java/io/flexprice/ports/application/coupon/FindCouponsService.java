package io.flexprice.ports.application.coupon;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.coupon.FindCouponsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.coupon.CouponFilter;
import io.flexprice.ports.out.coupon.CouponRepository;

public final class FindCouponsService implements FindCouponsQuery {

    private final CouponRepository coupons;

    public FindCouponsService(CouponRepository coupons) {
        this.coupons = coupons;
    }

    @Override
    public Coupon get(Caller caller, CouponId id) {
        return liveCoupon(coupons, caller.scope(), id);
    }

    @Override
    public Page<Coupon> search(Caller caller, CouponFilter filter, PageRequest page) {
        return coupons.search(caller.scope(), filter, page);
    }

    static Coupon liveCoupon(CouponRepository coupons, Scope scope, CouponId id) {
        return coupons.findById(scope, id).filter(Coupon::isLive).orElseThrow(() -> notFound(id));
    }

    static NotFoundException notFound(CouponId id) {
        return new NotFoundException(ErrorCode.COUPON_NOT_FOUND, "coupon " + id + " not found");
    }
}
