package io.flexprice.adapters.storage.postgres.coupon;

import io.flexprice.adapters.storage.CouponAssociationRepositoryContract;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;

class PostgresCouponAssociationRepositoryIT extends CouponAssociationRepositoryContract {

    private final PostgresCouponAssociationRepository repository =
            new PostgresCouponAssociationRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresCouponRepository coupons =
            new PostgresCouponRepository(PostgresTestDatabase.shared().sessions());

    @Override
    protected CouponAssociationRepository repository() {
        return repository;
    }

    @Override
    protected CouponRepository coupons() {
        return coupons;
    }
}
