package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;

/** The SQL is in CouponAssociationMapper.xml. */
interface CouponAssociationMapper {

    int insert(CouponAssociationRow row);

    int update(CouponAssociationRow row);

    CouponAssociationRow findById(Scope scope, CouponAssociationId id);

    List<CouponAssociationRow> findLiveBySubscription(Scope scope, String subscriptionId);
}
