package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.ConflictException;
import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.addon.AddonFilter;
import io.flexprice.ports.out.addon.AddonRepository;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link AddonRepository} does. */
public abstract class AddonRepositoryContract {

    private final Scope scope = Fixtures.aScope();

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract AddonRepository repository();

    static Addon anAddon(Scope scope, String lookupKey, AddonType type, Instant createdAt) {
        return new Addon(new AddonId(Fixtures.uniqueId("addon")), scope, "Extra seats", "Per seat", lookupKey, type,
                Metadata.of(Map.of("unit", "seat")), Status.PUBLISHED, Audit.createdBy("alice", createdAt));
    }

    private Addon anAddon(String lookupKey, Instant createdAt) {
        return anAddon(scope, lookupKey, AddonType.MULTIPLE_INSTANCE, createdAt);
    }

    @Test
    void insertedAddonIsReadBackWithEveryField() {
        Addon addon = new Addon(new AddonId(Fixtures.uniqueId("addon")), scope, "Setup", "Once", "setup",
                AddonType.ONETIME, Metadata.of(Map.of("a", "1", "b", "2")), Status.ARCHIVED,
                new Audit(T0, "alice", T0.plusSeconds(60), "bob"));

        repository().insert(addon);

        assertThat(repository().findById(scope, addon.id())).contains(addon);
        assertThat(repository().findByLookupKey(scope, "setup")).contains(addon);
    }

    @Test
    void updateReplacesTheEditableFieldsAndADeletedAddonIsFoundByIdOnly() {
        Addon addon = anAddon("seats", T0);
        repository().insert(addon);
        Addon changed = addon.withDetails("Seats", null, Metadata.EMPTY,
                addon.audit().updatedBy("carol", T0.plusSeconds(60)));

        repository().update(changed);
        assertThat(repository().findById(scope, addon.id())).contains(changed);

        repository().update(changed.deleted(changed.audit()));
        assertThat(repository().findById(scope, addon.id())).contains(changed.deleted(changed.audit()));
        assertThat(repository().findByLookupKey(scope, "seats")).isEmpty();
    }

    @Test
    void addonOfOneScopeIsInvisibleFromAnother() {
        Addon addon = anAddon("seats", T0);
        repository().insert(addon);

        for (Scope other : List.of(new Scope(scope.tenantId(), new EnvironmentId(Fixtures.uniqueId("env"))),
                new Scope(new TenantId(Fixtures.uniqueId("tenant")), scope.environmentId()))) {
            assertThat(repository().findById(other, addon.id())).isEmpty();
            assertThat(repository().findByLookupKey(other, "seats")).isEmpty();
            assertThat(repository().search(other, AddonFilter.ALL_LIVE, PageRequest.first(10)).total()).isZero();
            repository().insert(anAddon(other, "seats", AddonType.ONETIME, T0));
        }
    }

    @Test
    void aLiveLookupKeyConflictsOnInsertAndUpdateUntilItsAddonIsDeleted() {
        Addon first = anAddon("seats", T0);
        repository().insert(first);
        Addon other = anAddon("setup", T0);
        repository().insert(other);

        assertConflict(() -> repository().insert(anAddon("seats", T0)));
        assertConflict(() -> repository().update(new Addon(other.id(), scope, other.name(), null, "seats",
                other.type(), Metadata.EMPTY, Status.PUBLISHED, other.audit())));
        repository().update(first.deleted(first.audit()));
        Addon successor = anAddon("seats", T0);
        repository().insert(successor);

        assertThat(repository().findByLookupKey(scope, "seats")).contains(successor);
        assertThat(search(new AddonFilter(null, List.of("seats"), null, null)).items()).containsExactly(successor);
    }

    @Test
    void searchNarrowsByIdsLookupKeysTypeAndStatusAndPagesNewestFirst() {
        Addon oldest = anAddon("a", T0);
        Addon middle = anAddon(scope, "b", AddonType.ONETIME, T0.plusSeconds(1));
        Addon newest = anAddon("c", T0.plusSeconds(2));
        Addon deleted = anAddon("d", T0.plusSeconds(3)).deleted(Audit.createdBy("x", T0));
        for (Addon addon : List.of(middle, newest, oldest, deleted)) {
            repository().insert(addon);
        }

        assertThat(search(AddonFilter.ALL_LIVE).items()).containsExactly(newest, middle, oldest);
        assertThat(search(new AddonFilter(null, null, null, Status.DELETED)).items()).containsExactly(deleted);
        assertThat(search(new AddonFilter(List.of(oldest.id().value(), newest.id().value()), null, null, null))
                .items()).containsExactly(newest, oldest);
        assertThat(search(new AddonFilter(null, List.of("b", "zzz"), null, null)).items()).containsExactly(middle);
        assertThat(search(new AddonFilter(null, null, AddonType.ONETIME, null)).items()).containsExactly(middle);
        assertThat(search(new AddonFilter(null, null, AddonType.MULTIPLE_INSTANCE, null)).items())
                .containsExactly(newest, oldest);
        Page<Addon> page = repository().search(scope, AddonFilter.ALL_LIVE, new PageRequest(1, 1, SortOrder.ASC));
        assertThat(page.items()).containsExactly(middle);
        assertThat(page.total()).isEqualTo(3);
    }

    @Test
    void updateOfAnAddonThatIsNotStoredInTheScopeFails() {
        assertThatThrownBy(() -> repository().update(anAddon("x", T0))).isInstanceOf(IllegalStateException.class);
    }

    private Page<Addon> search(AddonFilter filter) {
        return repository().search(scope, filter, PageRequest.first(10));
    }

    private static void assertConflict(org.assertj.core.api.ThrowableAssert.ThrowingCallable write) {
        assertThatThrownBy(write).isInstanceOfSatisfying(ConflictException.class,
                conflict -> assertThat(conflict.code()).isEqualTo(ErrorCode.ADDON_LOOKUP_KEY_TAKEN));
    }
}
