package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponAssociation;
import io.flexprice.domain.coupon.CouponAssociationId;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponAssociationRepository;
import io.flexprice.ports.out.coupon.CouponRepository;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every {@link CouponAssociationRepository} does. */
public abstract class CouponAssociationRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private Coupon coupon;

    protected abstract CouponAssociationRepository repository();

    /** Where the associations' coupons are stored first (Postgres checks the reference). */
    protected abstract CouponRepository coupons();

    @BeforeEach
    void storeACoupon() {
        coupon = CouponRepositoryContract.aCoupon(scope, null, null, null, T0);
        coupons().insert(coupon);
    }

    private CouponAssociation anAssociation(String id, String subscriptionId, Instant start) {
        return new CouponAssociation(new CouponAssociationId(id), scope, coupon.id(), subscriptionId, null, start,
                null, Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("alice", T0));
    }

    @Test
    void insertedAssociationIsReadBackWithEveryField() {
        CouponAssociation association = new CouponAssociation(new CouponAssociationId(Fixtures.uniqueId("ca")),
                scope, coupon.id(), "sub_1", "li_1", T0, T0.plusSeconds(86_400), Metadata.of(Map.of("k", "v")),
                Status.PUBLISHED, new Audit(T0, "alice", T0.plusSeconds(5), "bob"));

        repository().insert(association);

        assertThat(repository().findById(scope, association.id())).contains(association);
        assertThat(repository().findById(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                association.id())).isEmpty();
    }

    @Test
    void aSubscriptionsLiveAssociationsAreListedByStartThenId() {
        String subscription = Fixtures.uniqueId("sub");
        CouponAssociation later = anAssociation("ca_" + Fixtures.uniqueId("b"), subscription, T0.plusSeconds(60));
        CouponAssociation earlierB = anAssociation("ca_b_" + Fixtures.uniqueId("x"), subscription, T0);
        CouponAssociation earlierA = anAssociation("ca_a_" + Fixtures.uniqueId("x"), subscription, T0);
        CouponAssociation deleted = anAssociation(Fixtures.uniqueId("ca"), subscription, T0);
        CouponAssociation elsewhere = anAssociation(Fixtures.uniqueId("ca"), Fixtures.uniqueId("sub"), T0);
        for (CouponAssociation association : new CouponAssociation[] {later, earlierB, earlierA, deleted, elsewhere}) {
            repository().insert(association);
        }
        repository().update(deleted.deleted(deleted.audit()));
        CouponAssociation ended = later.endedAt(T0.plusSeconds(120), later.audit().updatedBy("carol", T0));
        repository().update(ended);

        assertThat(repository().findLiveBySubscription(scope, subscription)).containsExactly(earlierA, earlierB, ended);
        assertThat(repository().findById(scope, deleted.id()).orElseThrow().status()).isEqualTo(Status.DELETED);
    }

    @Test
    void updateOfAnAssociationThatIsNotStoredFails() {
        assertThatThrownBy(() -> repository().update(anAssociation(Fixtures.uniqueId("ca"), "sub_1", T0)))
                .isInstanceOf(IllegalStateException.class);
    }
}
