package io.flexprice.ports.application.coupon;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.money.CurrencyMismatchException;
import io.flexprice.ports.in.coupon.AttachCouponCommand;
import io.flexprice.ports.in.coupon.AttachCouponUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.common.Transactions;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import java.time.Clock;
import java.time.Instant;

public final class AttachCouponService implements AttachCouponUseCase {

    private final CouponRepository coupons;
    private final CouponAssociationRepository associations;
    private final Transactions transactions;
    private final IdGenerator ids;
    private final Clock clock;

    public AttachCouponService(CouponRepository coupons, CouponAssociationRepository associations,
                               Transactions transactions, IdGenerator ids, Clock clock) {
        this.coupons = coupons;
        this.associations = associations;
        this.transactions = transactions;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public CouponAssociation attach(Caller caller, AttachCouponCommand c) {
        Instant now = clock.instant();
        return transactions.inTransaction(() -> {
            Violations invalid = new Violations();
            CouponAssociation association = invalid.collect(() -> new CouponAssociation(
                    new CouponAssociationId(ids.newId("coupon_assoc")), caller.scope(), c.couponId(),
                    c.subscriptionId(), c.subscriptionLineItemId(), c.startDate(), c.endDate(),
                    Metadata.of(c.metadata()), Status.PUBLISHED, Audit.createdBy(caller.actor(), now)));
            invalid.throwIfAny();
            Coupon coupon = FindCouponsService.liveCoupon(coupons, caller.scope(), c.couponId());
            if (coupon.type() == CouponType.FIXED && c.subscriptionCurrency() != null
                    && !coupon.currency().equals(c.subscriptionCurrency())) {
                throw new CurrencyMismatchException(coupon.currency(), c.subscriptionCurrency());
            }
            coupons.recordRedemption(caller.scope(), coupon.id(), now);
            associations.insert(association);
            return association;
        });
    }
}
