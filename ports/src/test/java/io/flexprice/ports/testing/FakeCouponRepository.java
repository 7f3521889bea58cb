package io.flexprice.ports.testing;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponFilter;
import io.flexprice.ports.out.coupon.CouponRepository;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coupons in a map; an update keeps the stored redemption count, as the port says. */
public final class FakeCouponRepository implements CouponRepository {

    private final Map<List<Object>, Coupon> coupons = new LinkedHashMap<>();

    @Override
    public void insert(Coupon coupon) {
        if (coupons.putIfAbsent(List.of(coupon.scope(), coupon.id()), coupon) != null) {
            throw new IllegalStateException("coupon " + coupon.id() + " is already stored");
        }
    }

    @Override
    public void update(Coupon coupon) {
        Coupon stored = coupons.get(List.of(coupon.scope(), coupon.id()));
        if (stored == null) {
            throw new IllegalStateException("coupon " + coupon.id() + " is not stored");
        }
        coupons.put(List.of(coupon.scope(), coupon.id()), withTotal(coupon, stored.totalRedemptions()));
    }

    @Override
    public Optional<Coupon> findById(Scope scope, CouponId id) {
        return Optional.ofNullable(coupons.get(List.of(scope, id)));
    }

    @Override
    public Page<Coupon> search(Scope scope, CouponFilter filter, PageRequest page) {
        return Pages.of(coupons.values().stream()
                .filter(c -> c.scope().equals(scope))
                .filter(c -> Pages.matchesAny(filter.couponIds(), c.id().value()))
                .filter(c -> Pages.matchesStatus(filter.status(), c.status()))
                .toList(), page);
    }

    @Override
    public Coupon recordRedemption(Scope scope, CouponId id, Instant at) {
        Coupon stored = findById(scope, id).filter(Coupon::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.COUPON_NOT_FOUND, "coupon " + id + " not found"));
        Coupon redeemed = stored.redeemedAt(at);
        coupons.put(List.of(scope, id), redeemed);
        return redeemed;
    }

    public Coupon stored(CouponId id) {
        return coupons.values().stream().filter(c -> c.id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("coupon " + id + " is not stored"));
    }

    public List<Coupon> all() {
        return List.copyOf(coupons.values());
    }

    private static Coupon withTotal(Coupon c, int total) {
        return new Coupon(c.id(), c.scope(), c.name(), c.type(), c.amountOff(), c.percentageOff(), c.currency(),
                c.cadence(), c.durationInPeriods(), c.redeemAfter(), c.redeemBefore(), c.maxRedemptions(), total,
                c.rules(), c.metadata(), c.status(), c.audit());
    }
}
