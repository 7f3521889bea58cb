package io.flexprice.ports.in.coupon;

import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.ports.in.tenancy.Caller;

/** What the subscription code calls to give a subscription a coupon. */
public interface AttachCouponUseCase {

    /**
     * Redeems the coupon now (the clock's instant: see
     * {@link io.flexprice.ports.out.coupon.CouponRepository#recordRedemption}) and stores the association, in
     * one unit of work: joined when called inside the caller's own.
     *
     * @throws io.flexprice.domain.common.ValidationException for an invalid association (every violation)
     * @throws io.flexprice.domain.money.CurrencyMismatchException when a fixed coupon's currency is not the
     *         subscription's
     * @throws io.flexprice.domain.common.NotFoundException {@code coupon.not_found}
     * @throws io.flexprice.domain.common.ConflictException {@code coupon.not_redeemable} or
     *         {@code coupon.redemption_limit_reached}
     */
    CouponAssociation attach(Caller caller, AttachCouponCommand command);
}
