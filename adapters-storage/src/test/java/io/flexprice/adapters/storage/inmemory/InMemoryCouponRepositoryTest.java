package io.flexprice.adapters.storage.inmemory;

import io.flexprice.adapters.storage.CouponRepositoryContract;
import io.flexprice.ports.out.coupon.CouponRepository;

class InMemoryCouponRepositoryTest extends CouponRepositoryContract {

    private final InMemoryCouponRepository repository = new InMemoryCouponRepository();

    @Override
    protected CouponRepository repository() {
        return repository;
    }
}
