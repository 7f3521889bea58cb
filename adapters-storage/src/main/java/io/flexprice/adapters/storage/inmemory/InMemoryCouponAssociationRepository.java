package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Coupon associations in memory, per scope. */
public final class InMemoryCouponAssociationRepository implements CouponAssociationRepository {

    private final Partitions<Scope, CouponAssociationId, CouponAssociation> associations = new Partitions<>();

    @Inject
    public InMemoryCouponAssociationRepository() {
    }

    @Override
    public void insert(CouponAssociation association) {
        associations.insert(association.scope(), association.id(), association);
    }

    @Override
    public void update(CouponAssociation association) {
        associations.replace(association.scope(), association.id(), association);
    }

    @Override
    public Optional<CouponAssociation> findById(Scope scope, CouponAssociationId id) {
        return associations.find(scope, id);
    }

    @Override
    public List<CouponAssociation> findLiveBySubscription(Scope scope, String subscriptionId) {
        return associations.all(scope).stream()
                .filter(a -> a.isLive() && a.subscriptionId().equals(subscriptionId))
                .sorted(Comparator.comparing(CouponAssociation::startDate).thenComparing(a -> a.id().value()))
                .toList();
    }
}
