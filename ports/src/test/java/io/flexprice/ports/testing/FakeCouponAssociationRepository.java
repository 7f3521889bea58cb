package io.flexprice.ports.testing;

import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Coupon associations in a map. */
public final class FakeCouponAssociationRepository implements CouponAssociationRepository {

    private final Map<List<Object>, CouponAssociation> associations = new LinkedHashMap<>();

    @Override
    public void insert(CouponAssociation association) {
        if (associations.putIfAbsent(List.of(association.scope(), association.id()), association) != null) {
            throw new IllegalStateException("association " + association.id() + " is already stored");
        }
    }

    @Override
    public void update(CouponAssociation association) {
        if (associations.replace(List.of(association.scope(), association.id()), association) == null) {
            throw new IllegalStateException("association " + association.id() + " is not stored");
        }
    }

    @Override
    public Optional<CouponAssociation> findById(Scope scope, CouponAssociationId id) {
        return Optional.ofNullable(associations.get(List.of(scope, id)));
    }

    @Override
    public List<CouponAssociation> findLiveBySubscription(Scope scope, String subscriptionId) {
        return associations.values().stream()
                .filter(a -> a.scope().equals(scope) && a.isLive() && a.subscriptionId().equals(subscriptionId))
                .sorted(Comparator.comparing(CouponAssociation::startDate).thenComparing(a -> a.id().value()))
                .toList();
    }

    public List<CouponAssociation> all() {
        return List.copyOf(associations.values());
    }
}
