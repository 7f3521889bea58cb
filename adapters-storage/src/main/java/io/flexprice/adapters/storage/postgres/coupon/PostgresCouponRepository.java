package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.adapters.storage.postgres.SearchColumns;
import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.Coupon.Redeemability;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponFilter;
import io.flexprice.ports.out.coupon.CouponRepository;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.Optional;

/**
 * Coupons. A redemption is one conditional {@code UPDATE ... SET total_redemptions = total_redemptions + 1
 * WHERE} published, in the window and below the maximum: Postgres re-checks the condition on the newest row
 * version when concurrent redemptions wait on the row lock, so the maximum holds without a read-then-write.
 * When no row changes, the coupon is read to say why.
 */
public final class PostgresCouponRepository implements CouponRepository {

    private static final SearchColumns<Coupon> COLUMNS = SearchColumns.of(CouponFilter.FIELDS)
            .with("currency", "lower(currency)");

    private final CouponMapper mapper;

    @Inject
    public PostgresCouponRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CouponMapper.class);
    }

    @Override
    public void insert(Coupon coupon) {
        mapper.insert(CouponRow.from(coupon));
    }

    /** @throws IllegalStateException if the coupon is not stored in its scope */
    @Override
    public void update(Coupon coupon) {
        PostgresErrors.requireOneUpdated(mapper.update(CouponRow.from(coupon)), coupon.id());
    }

    @Override
    public Optional<Coupon> findById(Scope scope, CouponId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(CouponRow::toDomain);
    }

    @Override
    public Page<Coupon> search(Scope scope, CouponFilter filter, PageRequest page) {
        SearchColumns.Sql conditions = COLUMNS.render(filter.conditions());
        return new Page<>(mapper.search(scope, filter, page, conditions).stream().map(CouponRow::toDomain).toList(),
                mapper.count(scope, filter, conditions), page.limit(), page.offset());
    }

    /**
     * Outside a unit of work the coupon returned is read just after the redemption committed, so it may
     * include later redemptions of others; inside one it is exactly the redeemed coupon.
     */
    @Override
    public Coupon recordRedemption(Scope scope, CouponId id, Instant at) {
        int redeemed = mapper.redeem(scope, id, at);
        Optional<Coupon> coupon = findById(scope, id);
        if (redeemed == 1) {
            return coupon.orElseThrow(() -> new IllegalStateException("redeemed coupon " + id + " is gone"));
        }
        Coupon refused = coupon.filter(Coupon::isLive)
                .orElseThrow(() -> new NotFoundException(ErrorCode.COUPON_NOT_FOUND, "coupon " + id + " not found"));
        Redeemability why = refused.redeemabilityAt(at);
        // a coupon read as redeemable after the update refused it was at its maximum when the update ran
        throw refused.refusal(why == Redeemability.REDEEMABLE ? Redeemability.LIMIT_REACHED : why);
    }
}
