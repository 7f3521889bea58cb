package io.flexprice.adapters.storage;

import static org.assertj.core.api.Assertions.assertThat;

import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.creditgrant.CreditGrant;
import io.flexprice.domain.creditgrant.CreditGrantCadence;
import io.flexprice.domain.creditgrant.CreditGrantExpiryDurationUnit;
import io.flexprice.domain.creditgrant.CreditGrantExpiryType;
import io.flexprice.domain.creditgrant.CreditGrantId;
import io.flexprice.domain.creditgrant.CreditGrantPeriod;
import io.flexprice.domain.creditgrant.CreditGrantScope;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.subscription.SubscriptionId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.wallet.ConversionRate;
import io.flexprice.domain.wallet.Credits;
import io.flexprice.ports.out.creditgrant.CreditGrantRepository;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link CreditGrantRepository} does. */
public abstract class CreditGrantRepositoryContract {

    protected abstract CreditGrantRepository repository();

    /** A recurring plan grant with every optional field set. */
    public static CreditGrant aPlanGrant(Scope scope, PlanId plan, Instant createdAt) {
        return new CreditGrant(CreditGrantId.of(Fixtures.uniqueId("cg")), scope, "Monthly credits",
                CreditGrantScope.PLAN, plan, null, Credits.of("100.5"), CreditGrantCadence.RECURRING,
                CreditGrantPeriod.MONTHLY, 2, CreditGrantExpiryType.DURATION, 10, CreditGrantExpiryDurationUnit.DAY,
                3, ConversionRate.of("1.5"), ConversionRate.of("2"), Instant.parse("2024-03-01T00:00:00Z"),
                Instant.parse("2025-03-01T00:00:00Z"), Metadata.of(Map.of("k", "v")), Status.PUBLISHED,
                Fixtures.auditCreatedAt(createdAt));
    }

    public static CreditGrant aSubscriptionGrant(Scope scope, SubscriptionId subscription, Instant createdAt) {
        return new CreditGrant(CreditGrantId.of(Fixtures.uniqueId("cg")), scope, "Welcome",
                CreditGrantScope.SUBSCRIPTION, null, subscription, Credits.of("50"), CreditGrantCadence.ONETIME, null,
                null, null, null, null, null, null, null, null, null, null, Status.PUBLISHED,
                Fixtures.auditCreatedAt(createdAt));
    }

    @Test
    void aGrantIsReadBackWithEveryFieldInItsScopeOnly() {
        Scope scope = Fixtures.aScope();
        CreditGrant grant = aPlanGrant(scope, PlanId.of(Fixtures.uniqueId("plan")), Fixtures.T0);

        repository().insert(grant);

        assertThat(repository().findById(scope, grant.id())).contains(grant);
        assertThat(repository().findById(Fixtures.aScope(), grant.id())).isEmpty();
    }

    @Test
    void plansAndSubscriptionsListTheirLiveGrantsOldestFirst() {
        Scope scope = Fixtures.aScope();
        PlanId plan = PlanId.of(Fixtures.uniqueId("plan"));
        SubscriptionId subscription = SubscriptionId.of(Fixtures.uniqueId("subs"));
        CreditGrant newer = aPlanGrant(scope, plan, Fixtures.T0.plusSeconds(60));
        CreditGrant older = aPlanGrant(scope, plan, Fixtures.T0);
        CreditGrant deleted = aPlanGrant(scope, plan, Fixtures.T0);
        CreditGrant other = aPlanGrant(scope, PlanId.of(Fixtures.uniqueId("plan")), Fixtures.T0);
        CreditGrant own = aSubscriptionGrant(scope, subscription, Fixtures.T0);
        for (CreditGrant g : new CreditGrant[] {newer, older, deleted, other, own}) {
            repository().insert(g);
        }
        repository().update(deleted.deleted(deleted.audit().updatedBy("tester", Fixtures.T0.plusSeconds(1))));

        assertThat(repository().findByPlan(scope, plan)).containsExactly(older, newer);
        assertThat(repository().findBySubscription(scope, subscription)).containsExactly(own);
        assertThat(repository().findLiveAcrossTenants()).contains(older, newer, other, own)
                .doesNotContain(deleted)
                .noneMatch(g -> g.id().equals(deleted.id()));
    }

    @Test
    void anUpdateChangesTheNameMetadataAndStatus() {
        Scope scope = Fixtures.aScope();
        CreditGrant grant = aPlanGrant(scope, PlanId.of(Fixtures.uniqueId("plan")), Fixtures.T0);
        repository().insert(grant);
        CreditGrant renamed = grant.withDetails("Renamed", Metadata.of(Map.of("a", "b")),
                grant.audit().updatedBy("editor", Fixtures.T0.plusSeconds(5)));

        repository().update(renamed);

        assertThat(repository().findById(scope, grant.id())).contains(renamed);
    }
}
