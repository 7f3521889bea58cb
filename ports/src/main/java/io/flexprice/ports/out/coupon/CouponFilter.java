package io.flexprice.ports.out.coupon;

import io.flexprice.domain.common.Status;
import java.util.List;

/** Narrows a coupon search; an empty list and null do not narrow. {@code status} null: every status but deleted. */
public record CouponFilter(List<String> couponIds, Status status) {

    public static final CouponFilter ALL_LIVE = new CouponFilter(List.of(), null);

    public CouponFilter {
        couponIds = couponIds == null ? List.of() : List.copyOf(couponIds);
    }
}
