package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.DomainException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.coupon.Coupon;
import io.flexprice.domain.coupon.CouponCadence;
import io.flexprice.domain.coupon.CouponId;
import io.flexprice.domain.coupon.CouponType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.coupon.CouponFilter;
import io.flexprice.ports.out.coupon.CouponRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Currency;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Future;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/** What every {@link CouponRepository} does. */
public abstract class CouponRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract CouponRepository repository();

    /** A published 10% forever coupon, created at {@code createdAt}, with the redemption limit given. */
    public static Coupon aCoupon(Scope scope, Integer maxRedemptions, Instant redeemAfter, Instant redeemBefore,
                                Instant createdAt) {
        return new Coupon(new CouponId(Fixtures.uniqueId("coupon")), scope, "Launch", CouponType.PERCENTAGE, null,
                new BigDecimal("10"), null, CouponCadence.FOREVER, null, redeemAfter, redeemBefore, maxRedemptions, 0,
                null, Metadata.EMPTY, Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    private Coupon stored(Integer maxRedemptions) {
        Coupon coupon = aCoupon(scope, maxRedemptions, null, null, T0);
        repository().insert(coupon);
        return coupon;
    }

    @Test
    void insertedCouponIsReadBackWithEveryField() {
        Map<String, Object> rules = new LinkedHashMap<>();
        rules.put("min_quantity", new BigDecimal("5"));
        rules.put("plans", List.of("pro", "team"));
        rules.put("only_new", true);
        Coupon coupon = new Coupon(new CouponId(Fixtures.uniqueId("coupon")), scope, "Ten off", CouponType.FIXED,
                new BigDecimal("10.50"), null, Currency.getInstance("EUR"), CouponCadence.REPEATED, 3,
                T0, T0.plusSeconds(86_400), 100, 7, rules, Metadata.of(Map.of("campaign", "spring")), Status.PUBLISHED,
                new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(coupon);

        assertThat(repository().findById(scope, coupon.id())).contains(coupon);
        assertThat(repository().findById(scope, coupon.id()).orElseThrow().amountOff()).hasToString("10.50");
    }

    @Test
    void updateReplacesTheFieldsButNeverTheRedemptionCount() {
        Coupon coupon = stored(10);
        repository().recordRedemption(scope, coupon.id(), T0);
        repository().recordRedemption(scope, coupon.id(), T0);

        // a copy read before the redemptions, renamed: the two redemptions survive it
        Coupon renamed = coupon.withDetails("Spring", Metadata.of(Map.of("k", "v")),
                coupon.audit().updatedBy("carol", T0.plusSeconds(60)));
        repository().update(renamed);

        Coupon read = repository().findById(scope, coupon.id()).orElseThrow();
        assertThat(read.name()).isEqualTo("Spring");
        assertThat(read.metadata()).isEqualTo(renamed.metadata());
        assertThat(read.audit()).isEqualTo(renamed.audit());
        assertThat(read.totalRedemptions()).isEqualTo(2);
        repository().update(read.deleted(read.audit()));
        assertThat(repository().findById(scope, coupon.id()).orElseThrow().status()).isEqualTo(Status.DELETED);
    }

    @Test
    void couponOfOneScopeIsInvisibleFromAnother() {
        Coupon coupon = stored(null);
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));

        assertThat(repository().findById(other, coupon.id())).isEmpty();
        assertThat(repository().search(other, CouponFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
        assertRefused(() -> repository().recordRedemption(other, coupon.id(), T0), ErrorCode.COUPON_NOT_FOUND);
    }

    @Test
    void searchNarrowsByIdsAndStatusAndPagesNewestFirst() {
        Coupon oldest = aCoupon(scope, null, null, null, T0);
        Coupon middle = aCoupon(scope, null, null, null, T0.plusSeconds(1));
        Coupon newest = aCoupon(scope, null, null, null, T0.plusSeconds(2));
        Coupon deleted = aCoupon(scope, null, null, null, T0.plusSeconds(3)).deleted(Audit.createdBy("x", T0));
        for (Coupon coupon : List.of(middle, newest, oldest, deleted)) {
            repository().insert(coupon);
        }

        assertThat(search(CouponFilter.ALL_LIVE).items()).containsExactly(newest, middle, oldest);
        assertThat(search(new CouponFilter(null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(new CouponFilter(List.of(oldest.id().value(), newest.id().value()), null)).items())
                .containsExactly(newest, oldest);
        Page<Coupon> page = repository().search(scope, CouponFilter.ALL_LIVE, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void redemptionsCountUpToTheMaximumAndTheNextIsRefused() {
        Coupon coupon = stored(2);

        assertThat(repository().recordRedemption(scope, coupon.id(), T0).totalRedemptions()).isEqualTo(1);
        assertThat(repository().recordRedemption(scope, coupon.id(), T0).totalRedemptions()).isEqualTo(2);
        assertRefused(() -> repository().recordRedemption(scope, coupon.id(), T0),
                ErrorCode.COUPON_REDEMPTION_LIMIT_REACHED);
        assertThat(repository().findById(scope, coupon.id()).orElseThrow().totalRedemptions()).isEqualTo(2);
        Coupon unlimited = stored(null);
        for (int i = 0; i < 5; i++) {
            repository().recordRedemption(scope, unlimited.id(), T0);
        }
        assertThat(repository().findById(scope, unlimited.id()).orElseThrow().totalRedemptions()).isEqualTo(5);
    }

    @Test
    void redemptionsOutsideTheHalfOpenWindowOrOfAnUnpublishedCouponAreRefusedAndNotCounted() {
        Instant end = T0.plusSeconds(3600);
        Coupon windowed = aCoupon(scope, null, T0, end, T0);
        repository().insert(windowed);
        Coupon archived = stored(null);
        repository().update(new Coupon(archived.id(), scope, archived.name(), archived.type(), null,
                archived.percentageOff(), null, archived.cadence(), null, null, null, null, 0, null, Metadata.EMPTY,
                Status.ARCHIVED, archived.audit()));
        Coupon deleted = stored(null);
        repository().update(deleted.deleted(deleted.audit()));

        assertRefused(() -> repository().recordRedemption(scope, windowed.id(), T0.minusNanos(1000)),
                ErrorCode.COUPON_NOT_REDEEMABLE);
        assertRefused(() -> repository().recordRedemption(scope, windowed.id(), end), ErrorCode.COUPON_NOT_REDEEMABLE);
        assertRefused(() -> repository().recordRedemption(scope, archived.id(), T0), ErrorCode.COUPON_NOT_REDEEMABLE);
        assertRefused(() -> repository().recordRedemption(scope, deleted.id(), T0), ErrorCode.COUPON_NOT_FOUND);
        assertRefused(() -> repository().recordRedemption(scope, new CouponId("coupon_nope"), T0),
                ErrorCode.COUPON_NOT_FOUND);
        assertThat(repository().recordRedemption(scope, windowed.id(), T0).totalRedemptions()).isEqualTo(1);
        assertThat(repository().recordRedemption(scope, windowed.id(), end.minusNanos(1000)).totalRedemptions())
                .isEqualTo(2);
        assertThat(repository().findById(scope, archived.id()).orElseThrow().totalRedemptions()).isZero();
    }

    @Test
    void concurrentRedemptionsNeverExceedTheMaximum() throws Exception {
        int maximum = 5;
        int threads = 8;
        int attemptsPerThread = 3;
        Coupon coupon = stored(maximum);

        List<Future<List<ErrorCode>>> results = Concurrently.run(threads, thread -> {
            List<ErrorCode> refusals = new ArrayList<>();
            for (int i = 0; i < attemptsPerThread; i++) {
                try {
                    repository().recordRedemption(scope, coupon.id(), T0);
                } catch (ConflictException refused) {
                    refusals.add(refused.code());
                }
            }
            return refusals;
        });

        List<ErrorCode> refusals = new ArrayList<>();
        for (Future<List<ErrorCode>> result : results) {
            refusals.addAll(result.get());
        }
        // 8 threads × 3 attempts = 24 attempts, of which 5 succeed and 24 - 5 = 19 are refused
        assertThat(refusals).hasSize(threads * attemptsPerThread - maximum)
                .containsOnly(ErrorCode.COUPON_REDEMPTION_LIMIT_REACHED);
        assertThat(repository().findById(scope, coupon.id()).orElseThrow().totalRedemptions()).isEqualTo(maximum);
    }

    @Test
    void updateOfACouponThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(aCoupon(scope, null, null, null, T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Page<Coupon> search(CouponFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static void assertRefused(ThrowingCallable call, ErrorCode code) {
        assertThatThrownBy(call).isInstanceOfSatisfying(DomainException.class,
                e -> assertThat(e.code()).isEqualTo(code));
        if (code == ErrorCode.COUPON_NOT_FOUND) {
            assertThatThrownBy(call).isInstanceOf(NotFoundException.class);
        } else {
            assertThatThrownBy(call).isInstanceOf(ConflictException.class);
        }
    }
}
