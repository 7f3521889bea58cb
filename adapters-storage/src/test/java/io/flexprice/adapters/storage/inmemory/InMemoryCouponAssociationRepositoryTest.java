package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CouponAssociationRepositoryContract;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;

class InMemoryCouponAssociationRepositoryTest extends CouponAssociationRepositoryContract {

    private final InMemoryCouponAssociationRepository repository = new InMemoryCouponAssociationRepository();
    private final InMemoryCouponRepository coupons = new InMemoryCouponRepository();

    @Override
    protected CouponAssociationRepository repository() {
        return repository;
    }

    @Override
    protected CouponRepository coupons() {
        return coupons;
    }
}
