package io.flexprice.adapters.storage.postgres.coupon;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.adapters.storage.CouponRepositoryContract;
import io.flexprice.adapters.storage.Fixtures;
import io.flexprice.adapters.storage.postgres.PostgresTestDatabase;
import io.flexprice.adapters.storage.postgres.PostgresTransactions;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponRepository;
import org.junit.jupiter.api.Test;

class PostgresCouponRepositoryIT extends CouponRepositoryContract {

    private final PostgresCouponRepository repository =
            new PostgresCouponRepository(PostgresTestDatabase.shared().sessions());
    private final PostgresTransactions transactions = PostgresTestDatabase.shared().transactions();

    @Override
    protected CouponRepository repository() {
        return repository;
    }

    @Test
    void aRedemptionInAUnitOfWorkThatRollsBackIsGivenBack() {
        Scope scope = Fixtures.aScope();
        Coupon coupon = aCoupon(scope, 1, null, null, T0);
        repository.insert(coupon);

        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            assertThat(repository.recordRedemption(scope, coupon.id(), T0).totalRedemptions()).isEqualTo(1);
            throw new IllegalStateException("the subscription could not be stored");
        })).hasMessage("the subscription could not be stored");

        assertThat(repository.findById(scope, coupon.id()).orElseThrow().totalRedemptions()).isZero();
        assertThat(transactions.inTransaction(() -> repository.recordRedemption(scope, coupon.id(), T0))
                .totalRedemptions()).isEqualTo(1);
    }
}
