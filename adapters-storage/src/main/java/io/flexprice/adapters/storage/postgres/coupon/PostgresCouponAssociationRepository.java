package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.adapters.storage.postgres.PostgresErrors;
import io.flexprice.adapters.storage.postgres.PostgresSessions;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;

/** Coupon associations; the coupon must be one of the same scope ({@code coupon_associations_coupon_fkey}). */
public final class PostgresCouponAssociationRepository implements CouponAssociationRepository {

    private final CouponAssociationMapper mapper;

    @Inject
    public PostgresCouponAssociationRepository(PostgresSessions sessions) {
        this.mapper = sessions.mapper(CouponAssociationMapper.class);
    }

    @Override
    public void insert(CouponAssociation association) {
        mapper.insert(CouponAssociationRow.from(association));
    }

    @Override
    public void update(CouponAssociation association) {
        PostgresErrors.requireOneUpdated(mapper.update(CouponAssociationRow.from(association)), association.id());
    }

    @Override
    public Optional<CouponAssociation> findById(Scope scope, CouponAssociationId id) {
        return Optional.ofNullable(mapper.findById(scope, id)).map(CouponAssociationRow::toDomain);
    }

    @Override
    public List<CouponAssociation> findLiveBySubscription(Scope scope, String subscriptionId) {
        return mapper.findLiveBySubscription(scope, subscriptionId).stream().map(CouponAssociationRow::toDomain)
                .toList();
    }
}
