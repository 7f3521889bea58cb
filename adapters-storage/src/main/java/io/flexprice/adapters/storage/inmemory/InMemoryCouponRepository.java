package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponFilter;
import io.flexprice.ports.out.coupon.CouponRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Coupons in memory, per scope. Writes are serialised, so a redemption's check and count are one step, and an
 * update keeps the redemption count stored (only {@link #recordRedemption} changes it). A redemption made in a
 * unit of work that then fails is not given back (memory has no rollback).
 */
public final class InMemoryCouponRepository implements CouponRepository {

    private final Partitions<Scope, CouponId, Coupon> coupons = new Partitions<>();

    @Inject
    public InMemoryCouponRepository() {
    }

    @Override
    public synchronized void insert(Coupon coupon) {
        coupons.insert(coupon.scope(), coupon.id(), coupon);
    }

    @Override
    public synchronized void update(Coupon coupon) {
        int stored = coupons.find(coupon.scope(), coupon.id()).map(Coupon::totalRedemptions)
                .orElseThrow(() -> new IllegalStateException(coupon.scope() + " has no coupon " + coupon.id()));
        coupons.replace(coupon.scope(), coupon.id(), withTotal(coupon, stored));
    }

    @Override
    public Optional<Coupon> findById(Scope scope, CouponId id) {
        return coupons.find(scope, id);
    }

    @Override
    public Page<Coupon> search(Scope scope, CouponFilter filter, PageRequest page) {
        return Listings.page(coupons.all(scope).stream()
                        .filter(c -> Listings.matchesAny(filter.couponIds(), c.id().value())
                                && Listings.matchesStatus(filter.status(), c.status())),
                CouponFilter.FIELDS, filter.conditions(),
                Listings.creationOrder(page.order(), c -> c.audit().createdAt(), c -> c.id().value()), page);
    }

    @Override
    public synchronized Coupon recordRedemption(Scope scope, CouponId id, Instant at) {
        Coupon stored = coupons.find(scope, id).filter(Coupon::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.COUPON_NOT_FOUND, "coupon " + id + " not found"));
        Coupon redeemed = stored.redeemedAt(at);
        coupons.replace(scope, id, redeemed);
        return redeemed;
    }

    private static Coupon withTotal(Coupon c, int total) {
        return new Coupon(c.id(), c.scope(), c.name(), c.type(), c.amountOff(), c.percentageOff(), c.currency(),
                c.cadence(), c.durationInPeriods(), c.redeemAfter(), c.redeemBefore(), c.maxRedemptions(), total,
                c.rules(), c.metadata(), c.status(), c.audit());
    }
}
