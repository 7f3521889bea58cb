package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponFilter;
import java.time.Instant;
import java.util.List;

/** The SQL is in CouponMapper.xml. */
interface CouponMapper {

    int insert(CouponRow row);

    /** Every column but total_redemptions. */
    int update(CouponRow row);

    CouponRow findById(Scope scope, CouponId id);

    List<CouponRow> search(Scope scope, CouponFilter filter, PageRequest page, SearchColumns.Sql conditions);

    long count(Scope scope, CouponFilter filter, SearchColumns.Sql conditions);

    /** Adds one redemption if the coupon is redeemable at {@code at}; the count of rows changed (0 or 1). */
    int redeem(Scope scope, CouponId id, Instant at);
}
