package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantApplication;
import io.flexprice.domain.creditgrant.CreditGrantApplicationId;
import io.flexprice.domain.creditgrant.CreditGrantApplicationStatus;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.subscription.SubscriptionStatus;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.WalletId;
import io.flexprice.domain.wallet.WalletTransactionId;
import io.flexprice.ports.out.creditgrant.CreditGrantApplicationRepository;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** What every {@link CreditGrantApplicationRepository} does. */
public abstract class CreditGrantApplicationRepositoryContract {

    protected abstract CreditGrantRepository grants();

    protected abstract CreditGrantApplicationRepository repository();

    private CreditGrant aStoredGrant(Scope scope) {
        CreditGrant grant = CreditGrantRepositoryContract.aPlanGrant(scope, PlanId.of(Fixtures.uniqueId("plan")),
                Fixtures.T0);
        grants().insert(grant);
        return grant;
    }

    private static CreditGrantApplication pending(CreditGrant grant, SubscriptionId subscription, int index) {
        Instant start = Fixtures.T0.plus(Duration.ofDays(30L * index));
        return new CreditGrantApplication(CreditGrantApplicationId.of(Fixtures.uniqueId("cga")), grant.scope(),
                grant.id(), subscription, index, start, start.plus(Duration.ofDays(30)), start, null,
                CreditGrantApplicationStatus.PENDING, grant.reasonFor(index), grant.credits(), null, null, null, null,
                null, 0, grant.idempotencyKey(subscription, index), Fixtures.T0, Fixtures.T0);
    }

    @Test
    void anApplicationIsStoredOncePerGrantSubscriptionAndPeriod() {
        Scope scope = Fixtures.aScope();
        CreditGrant grant = aStoredGrant(scope);
        SubscriptionId subscription = SubscriptionId.of(Fixtures.uniqueId("subs"));
        CreditGrantApplication first = pending(grant, subscription, 0);
        CreditGrantApplication again = new CreditGrantApplication(CreditGrantApplicationId.of(Fixtures.uniqueId("cga")),
                scope, grant.id(), subscription, 0, first.periodStart(), first.periodEnd(), first.scheduledFor(), null,
                CreditGrantApplicationStatus.PENDING, first.applicationReason(), first.credits(), null, null, null,
                null, null, 0, first.idempotencyKey(), Fixtures.T0.plusSeconds(9), Fixtures.T0.plusSeconds(9));

        assertThat(repository().insertIfAbsent(first)).isTrue();
        assertThat(repository().insertIfAbsent(again)).isFalse();

        assertThat(repository().lock(scope, grant.id(), subscription, 0)).contains(first);
        assertThat(repository().lock(Fixtures.aScope(), grant.id(), subscription, 0)).isEmpty();
    }

    @Test
    void anUpdateRecordsTheOutcomeAndTheLatestIsTheHighestPeriod() {
        Scope scope = Fixtures.aScope();
        CreditGrant grant = aStoredGrant(scope);
        SubscriptionId subscription = SubscriptionId.of(Fixtures.uniqueId("subs"));
        CreditGrantApplication zero = pending(grant, subscription, 0);
        CreditGrantApplication one = pending(grant, subscription, 1);
        repository().insertIfAbsent(one);
        repository().insertIfAbsent(zero);
        CreditGrantApplication applied = zero.applied(new WalletId("wallet_1"), new WalletTransactionId("wtx_1"),
                zero.periodEnd(), SubscriptionStatus.ACTIVE, Fixtures.T0.plusSeconds(3));
        CreditGrantApplication failed = one.failed("wallet.closed: closed", Fixtures.T0.plusSeconds(4));

        repository().update(applied);
        repository().update(failed);

        assertThat(repository().lock(scope, grant.id(), subscription, 0)).contains(applied);
        assertThat(repository().findLatest(scope, grant.id(), subscription)).contains(failed);
        assertThat(failed.retryCount()).isEqualTo(1);
        assertThat(repository().findBySubscription(scope, subscription)).containsExactly(applied, failed);
        assertThat(repository().findLatest(scope, grant.id(), SubscriptionId.of(Fixtures.uniqueId("subs"))))
                .isEmpty();
    }
}
