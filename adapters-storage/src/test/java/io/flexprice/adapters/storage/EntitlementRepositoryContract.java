package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.entitlement.Entitlement;
import io.flexprice.domain.entitlement.EntitlementEntityType;
import io.flexprice.domain.entitlement.EntitlementId;
import io.flexprice.domain.entitlement.UsageResetPeriod;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.entitlement.EntitlementFilter;
import io.flexprice.ports.out.entitlement.EntitlementOwner;
import io.flexprice.ports.out.entitlement.EntitlementRepository;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What every {@link EntitlementRepository} does. */
public abstract class EntitlementRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract EntitlementRepository repository();

    private Entitlement metered(EntitlementEntityType type, String entityId, String featureId, Instant createdAt) {
        return new Entitlement(new EntitlementId(Fixtures.uniqueId("ent")), scope, type, entityId,
                FeatureId.of(featureId), FeatureType.METERED, true, new BigDecimal("1000"), UsageResetPeriod.MONTHLY,
                false, null, null, null, null, Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    @Test
    void insertedEntitlementIsReadBackWithEveryField() {
        Entitlement override = new Entitlement(new EntitlementId(Fixtures.uniqueId("ent")), scope,
                EntitlementEntityType.SUBSCRIPTION, "subs_1", FeatureId.of("feat_tokens"), FeatureType.METERED, false,
                new BigDecimal("1234.5678"), UsageResetPeriod.HALF_YEARLY, true, null, EntitlementId.of("ent_parent"),
                T0, T0.plusSeconds(3600), Status.PUBLISHED, new Audit(T0, "alice", T0.plusSeconds(60), "bob"));
        Entitlement staticOne = new Entitlement(new EntitlementId(Fixtures.uniqueId("ent")), scope,
                EntitlementEntityType.ADDON, "addon_1", FeatureId.of("feat_support"), FeatureType.STATIC, true, null,
                null, false, "24/7 phone", null, null, null, Status.ARCHIVED, Audit.createdBy("alice", T0));

        repository().insert(override);
        repository().insert(staticOne);

        assertThat(repository().findById(scope, override.id())).contains(override);
        assertThat(repository().findById(scope, staticOne.id())).contains(staticOne);
    }

    @Test
    void oneLiveEntitlementPerEntityAndFeatureUntilItIsDeleted() {
        Entitlement first = metered(EntitlementEntityType.PLAN, "plan_1", "feat_a", T0);
        repository().insert(first);

        assertThatThrownBy(() -> repository().insert(metered(EntitlementEntityType.PLAN, "plan_1", "feat_a", T0)))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.code()).isEqualTo(ErrorCode.ENTITLEMENT_ALREADY_EXISTS));
        repository().insert(metered(EntitlementEntityType.ADDON, "plan_1", "feat_a", T0));
        repository().insert(metered(EntitlementEntityType.PLAN, "plan_1", "feat_b", T0));

        repository().update(first.deleted(first.audit()));
        repository().insert(metered(EntitlementEntityType.PLAN, "plan_1", "feat_a", T0));
        assertThat(repository().findById(scope, first.id()).orElseThrow().status()).isEqualTo(Status.DELETED);
    }

    @Test
    void anUpdateReplacesTheStoredEntitlement() {
        Entitlement e = metered(EntitlementEntityType.PLAN, "plan_1", "feat_a", T0);
        repository().insert(e);
        Entitlement changed = e.withChanges(false, new BigDecimal("5"), UsageResetPeriod.NEVER, true, null,
                e.audit().updatedBy("bob", T0.plusSeconds(5)));

        repository().update(changed);

        assertThat(repository().findById(scope, e.id())).contains(changed);
    }

    @Test
    void searchNarrowsByEveryFilterAndPagesInCreationOrder() {
        Entitlement a = metered(EntitlementEntityType.PLAN, "plan_1", "feat_a", T0);
        Entitlement b = metered(EntitlementEntityType.PLAN, "plan_1", "feat_b", T0.plusSeconds(1));
        Entitlement c = metered(EntitlementEntityType.ADDON, "addon_1", "feat_a", T0.plusSeconds(2));
        Entitlement d = metered(EntitlementEntityType.PLAN, "plan_2", "feat_a", T0.plusSeconds(3));
        List.of(a, b, c, d).forEach(repository()::insert);
        repository().update(d.deleted(d.audit()));

        assertThat(repository().search(scope, EntitlementFilter.ofEntity(EntitlementEntityType.PLAN, "plan_1"),
                new PageRequest(10, 0, PageRequest.SortOrder.ASC)).items()).containsExactly(a, b);
        assertThat(repository().search(scope, new EntitlementFilter(null, null, null, List.of("feat_a"),
                FeatureType.METERED, true, null), new PageRequest(1, 1, PageRequest.SortOrder.ASC)))
                .satisfies(page -> {
                    assertThat(page.items()).containsExactly(c);
                    assertThat(page.total()).isEqualTo(2);
                });
        assertThat(repository().search(scope, new EntitlementFilter(List.of(d.id().value()), null, null, null, null,
                null, Status.DELETED), PageRequest.first(10)).items()).extracting(Entitlement::id)
                .containsExactly(d.id());
        assertThat(repository().search(scope, new EntitlementFilter(null, null, null, null, FeatureType.BOOLEAN,
                null, null), PageRequest.first(10)).total()).isZero();
    }

    @Test
    void findLiveOfReadsTheEntitlementsOfTheOwnersAndFeaturesAskedForOldestFirst() {
        Entitlement plan = metered(EntitlementEntityType.PLAN, "plan_1", "feat_a", T0.plusSeconds(2));
        Entitlement addon = metered(EntitlementEntityType.ADDON, "addon_1", "feat_a", T0.plusSeconds(1));
        Entitlement own = metered(EntitlementEntityType.SUBSCRIPTION, "subs_1", "feat_b", T0.plusSeconds(3));
        Entitlement sameIdOtherType = metered(EntitlementEntityType.ADDON, "plan_1", "feat_a", T0);
        Entitlement deleted = metered(EntitlementEntityType.PLAN, "plan_1", "feat_c", T0);
        List.of(plan, addon, own, sameIdOtherType, deleted).forEach(repository()::insert);
        repository().update(deleted.deleted(deleted.audit()));
        Scope other = new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env")));
        List<EntitlementOwner> owners = List.of(new EntitlementOwner(EntitlementEntityType.PLAN, "plan_1"),
                new EntitlementOwner(EntitlementEntityType.ADDON, "addon_1"),
                new EntitlementOwner(EntitlementEntityType.SUBSCRIPTION, "subs_1"));

        assertThat(repository().findLiveOf(scope, owners, List.of())).containsExactly(addon, plan, own);
        assertThat(repository().findLiveOf(scope, owners, List.of(FeatureId.of("feat_b")))).containsExactly(own);
        assertThat(repository().findLiveOf(scope, List.of(), List.of())).isEmpty();
        assertThat(repository().findLiveOf(other, owners, List.of())).isEmpty();
        assertThat(repository().findById(other, plan.id())).isEmpty();
    }
}
