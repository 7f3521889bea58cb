package io.flexprice.ports.out.coupon;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Optional;

public interface CouponRepository {

    /** Stores a new coupon. */
    void insert(Coupon coupon);

    /**
     * Replaces a stored coupon's fields, all but {@code totalRedemptions}: only {@link #recordRedemption}
     * changes the count, so an update made from a copy read before a redemption does not undo it.
     */
    void update(Coupon coupon);

    /** The coupon whatever its status. */
    Optional<Coupon> findById(Scope scope, CouponId id);

    /** Matching coupons by creation time (then id) in the order the page asks. */
    Page<Coupon> search(Scope scope, CouponFilter filter, PageRequest page);

    /**
     * Counts one redemption of the coupon at {@code at}, atomically: the check that it
     * {@linkplain Coupon#canBeRedeemedAt can be redeemed} (published, {@code at} in its window, below its
     * maximum) and the increment are one step, so concurrent callers never redeem it more than
     * {@code maxRedemptions} times. Inside a unit of work, the count is given back if the unit rolls back.
     *
     * @return the coupon with the redemption counted
     * @throws io.flexprice.domain.common.NotFoundException {@code coupon.not_found} if the scope has no live
     *         coupon with this id
     * @throws io.flexprice.domain.common.ConflictException {@code coupon.redemption_limit_reached} at the
     *         maximum, {@code coupon.not_redeemable} when not published or {@code at} is outside the window
     */
    Coupon recordRedemption(Scope scope, CouponId id, Instant at);
}
