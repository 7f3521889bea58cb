package io.flexprice.ports.application.coupon;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.ports.in.coupon.CreateCouponCommand;
import io.flexprice.ports.in.coupon.ManageCouponsUseCase;
import io.flexprice.ports.in.coupon.UpdateCouponCommand;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.coupon.CouponRepository;
import java.time.Clock;

public final class ManageCouponsService implements ManageCouponsUseCase {

    private final CouponRepository coupons;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public ManageCouponsService(CouponRepository coupons, Transactions transactions, IdGenerator ids, Clock clock) {
        this.coupons = coupons;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public Coupon create(Caller caller, CreateCouponCommand c) {
        Coupon coupon = new Coupon(new CouponId(ids.newId("coupon")), caller.scope(), c.name(), c.type(),
                c.amountOff(), c.percentageOff(), c.currency(), c.cadence(), c.durationInPeriods(), c.redeemAfter(),
                c.redeemBefore(), c.maxRedemptions(), 0, c.rules(), Metadata.of(c.metadata()), Status.PUBLISHED,
                Audit.createdBy(caller.actor(), clock.instant()));
        coupons.insert(coupon);
        return coupon;
    }

    @Override
    public Coupon update(Caller caller, CouponId id, UpdateCouponCommand c) {
        return transactions.inTransaction(() -> {
            Coupon current = FindCouponsService.liveCoupon(coupons, caller.scope(), id);
            Coupon updated = current.withDetails(c.name() != null ? c.name() : current.name(),
                    c.metadata() == null ? current.metadata() : Metadata.of(c.metadata()),
                    current.audit().updatedBy(caller.actor(), clock.instant()));
            coupons.update(updated);
            return updated;
        });
    }

    @Override
    public void delete(Caller caller, CouponId id) {
        transactions.inTransaction(() -> {
            Coupon current = FindCouponsService.liveCoupon(coupons, caller.scope(), id);
            coupons.update(current.deleted(current.audit().updatedBy(caller.actor(), clock.instant())));
        });
    }
}
