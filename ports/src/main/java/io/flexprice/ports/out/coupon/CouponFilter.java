package io.flexprice.ports.out.coupon;

import io.flexprice.domain.common.SearchConditions;
import io.flexprice.domain.common.SearchFields;
import io.flexprice.domain.coupon.Coupon;
import java.util.Locale;
import io.flexprice.domain.common.Status;
import java.util.List;

/** Narrows a coupon search; an empty list and null do not narrow. {@code status} null: every status but deleted. */
public record CouponFilter(List<String> couponIds, Status status,
                           SearchConditions conditions) {

    /** The fields {@code filters} and {@code sort} may name, with their wire types. */
    public static final SearchFields<Coupon> FIELDS = SearchFields.<Coupon>builder()
            .string("id", c -> c.id().value())
            .string("name", Coupon::name)
            .string("type", c -> c.type().wireValue())
            .string("cadence", c -> c.cadence().wireValue())
            .string("currency",
                    c -> c.currency() == null ? null : c.currency().getCurrencyCode().toLowerCase(Locale.ROOT))
            .number("amount_off", Coupon::amountOff)
            .number("percentage_off", Coupon::percentageOff)
            .string("status", c -> c.status().wireValue())
            .date("created_at", c -> c.audit().createdAt())
            .date("updated_at", c -> c.audit().updatedAt())
            .build();

    public static final CouponFilter ALL_LIVE = new CouponFilter(List.of(), null);


    /** A filter without {@code filters} or {@code sort}. */
    public CouponFilter(List<String> couponIds, Status status) {
        this(couponIds, status, SearchConditions.NONE);
    }

    public CouponFilter {
        conditions = FIELDS.admit(conditions);
        couponIds = couponIds == null ? List.of() : List.copyOf(couponIds);
    }
}
