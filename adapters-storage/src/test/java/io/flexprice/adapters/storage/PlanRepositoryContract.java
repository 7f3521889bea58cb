package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.plan.PlanFilter;
import io.flexprice.ports.out.plan.PlanRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link PlanRepository} does. */
public abstract class PlanRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract PlanRepository repository();

    static Plan aPlan(Scope scope, String lookupKey, Instant createdAt) {
        return new Plan(new PlanId(Fixtures.uniqueId("plan")), scope, "Pro", "For teams", lookupKey,
                Metadata.of(Map.of("tier", "pro")), Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    @Test
    void insertedPlanIsReadBackWithEveryField() {
        Plan plan = new Plan(new PlanId(Fixtures.uniqueId("plan")), scope, "Pro", "For teams", "pro",
                Metadata.of(Map.of("tier", "pro", "region", "eu")), Status.PUBLISHED,
                new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(plan);

        assertThat(repository().findById(scope, plan.id())).contains(plan);
    }

    @Test
    void updateReplacesEveryEditableFieldAndADeletedPlanIsStillFoundById() {
        Plan plan = aPlan(scope, "pro", T0);
        repository().insert(plan);
        Plan changed = plan.withDetails("Pro 2", null, "pro_2", Metadata.EMPTY,
                plan.audit().updatedBy("carol", T0.plusSeconds(60)));

        repository().update(changed);
        assertThat(repository().findById(scope, plan.id())).contains(changed);

        repository().update(changed.deleted(changed.audit()));
        assertThat(repository().findById(scope, plan.id())).contains(changed.deleted(changed.audit()));
    }

    @Test
    void planOfOneScopeIsInvisibleFromAnother() {
        Plan plan = aPlan(scope, "pro", T0);
        repository().insert(plan);

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, plan.id())).isEmpty();
            assertThat(repository().search(other, PlanFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
            repository().insert(aPlan(other, "pro", T0));
        }
    }

    @Test
    void aLiveLookupKeyConflictsOnInsertAndUpdateUntilItsPlanIsDeleted() {
        Plan first = aPlan(scope, "pro", T0);
        repository().insert(first);
        Plan other = aPlan(scope, "basic", T0);
        repository().insert(other);

        assertConflict(() -> repository().insert(aPlan(scope, "pro", T0)));
        assertConflict(() -> repository().update(other.withDetails("x", null, "pro", Metadata.EMPTY, other.audit())));
        repository().update(first.deleted(first.audit()));
        Plan successor = aPlan(scope, "pro", T0);
        repository().insert(successor);

        assertThat(search(new PlanFilter(null, List.of("pro"), null)).items()).containsExactly(successor);
        repository().insert(aPlan(scope, null, T0));
        repository().insert(aPlan(scope, null, T0));
    }

    @Test
    void searchNarrowsByIdsLookupKeysAndStatusAndPagesNewestFirst() {
        Plan oldest = aPlan(scope, "a", T0);
        Plan middle = aPlan(scope, "b", T0.plusSeconds(1));
        Plan newest = aPlan(scope, "c", T0.plusSeconds(2));
        Plan deleted = aPlan(scope, "d", T0.plusSeconds(3)).deleted(Audit.createdBy("x", T0));
        for (Plan plan : List.of(middle, newest, oldest, deleted)) {
            repository().insert(plan);
        }

        assertThat(search(PlanFilter.ALL_LIVE).items()).containsExactly(newest, middle, oldest);
        assertThat(search(new PlanFilter(null, null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(new PlanFilter(List.of(oldest.id().value(), newest.id().value()), null, null)).items())
                .containsExactly(newest, oldest);
        assertThat(search(new PlanFilter(null, List.of("b", "zzz"), null)).items()).containsExactly(middle);
        Page<Plan> page = repository().search(scope, PlanFilter.ALL_LIVE, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void updateOfAPlanThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(aPlan(scope, null, T0)))
                .isInstanceOf(IllegalStateException.class);
    }

    private Page<Plan> search(PlanFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.PLAN_LOOKUP_KEY_TAKEN));
    }
}
