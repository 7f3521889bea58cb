package io.flexprice.ports.out.coupon;

import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Optional;

/** Coupons attached to subscriptions. */
public interface CouponAssociationRepository {

    void insert(CouponAssociation association);

    /** Replaces a stored association (its end date, metadata, status). */
    void update(CouponAssociation association);

    /** The association whatever its status. */
    Optional<CouponAssociation> findById(Scope scope, CouponAssociationId id);

    /**
     * The live associations of a subscription, whatever their dates (line-item ones included), by start date,
     * then id.
     */
    List<CouponAssociation> findLiveBySubscription(Scope scope, String subscriptionId);
}
