package io.flexprice.adapters.storage;

import static io.flexprice.adapters.storage.Fixtures.T0;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.PageRequest.SortOrder;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import io.flexprice.ports.out.tenancy.ApiKeyRepository;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** What every {@link ApiKeyRepository} does. */
public abstract class ApiKeyRepositoryContract {

    private final Scope scope = Fixtures.aScope();
    private final TenantId tenant = scope.tenantId();
    private final Optional<EnvironmentId> boundHere = Optional.of(scope.environmentId());

    /** The repository under test; the same instance for the whole of one test. */
    protected abstract ApiKeyRepository repository();

    @Test
    void insertedKeyIsReadBackWithEveryFieldByIdAndByHash() {
        ApiKey key = new ApiKey(new ApiKeyId(Fixtures.uniqueId("secret")), tenant, boundHere, "Billing job",
                ApiKeyType.PUBLISHABLE_KEY, ApiKeyHash.of(Fixtures.uniqueId("pk")), "pk_****wxyz", Status.PUBLISHED,
                T0.plusSeconds(86_400), T0, "alice");

        repository().insert(key);

        assertThat(repository().findById(tenant, key.id())).contains(key);
        assertThat(repository().findByHashAcrossTenants(key.hash())).contains(key);
    }

    @Test
    void keyUnboundToAnEnvironmentIsReadBackUnbound() {
        ApiKey key = Fixtures.anApiKey(tenant, Optional.empty(), T0);

        repository().insert(key);

        assertThat(repository().findById(tenant, key.id())).contains(key);
    }

    @Test
    void keyIsNotFoundByIdThroughAnotherTenant() {
        ApiKey key = Fixtures.anApiKey(tenant, boundHere, T0);
        repository().insert(key);

        assertThat(repository().findById(new TenantId(Fixtures.uniqueId("tenant")), key.id())).isEmpty();
    }

    @Test
    void unknownHashIsNotFound() {
        assertThat(repository().findByHashAcrossTenants(ApiKeyHash.of(Fixtures.uniqueId("sk")))).isEmpty();
    }

    @Test
    void revokedKeyIsReadBackRevokedAndStillFoundByHash() {
        ApiKey key = Fixtures.anApiKey(tenant, boundHere, T0);
        repository().insert(key);

        repository().update(key.revoked());

        assertThat(repository().findById(tenant, key.id())).contains(key.revoked());
        assertThat(repository().findByHashAcrossTenants(key.hash())).contains(key.revoked());
    }

    @Test
    void hashOfAnotherTenantsKeyIsRejected() {
        ApiKey first = Fixtures.anApiKey(tenant, boundHere, T0);
        repository().insert(first);
        TenantId otherTenant = new TenantId(Fixtures.uniqueId("tenant"));
        ApiKey sameHash = new ApiKey(new ApiKeyId(Fixtures.uniqueId("secret")), otherTenant, Optional.empty(), "copy",
                ApiKeyType.PRIVATE_KEY, first.hash(), first.displayId(), Status.PUBLISHED, null, T0, "mallory");

        assertThatThrownBy(() -> repository().insert(sameHash)).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findByHashAcrossTenants(first.hash())).contains(first);
        assertThat(repository().findById(otherTenant, sameHash.id())).isEmpty();
    }

    @Test
    void updateToTheHashOfAnotherKeyIsRejected() {
        ApiKey first = Fixtures.anApiKey(tenant, boundHere, T0);
        ApiKey second = Fixtures.anApiKey(tenant, boundHere, T0);
        insert(first, second);
        ApiKey sameHash = new ApiKey(second.id(), tenant, boundHere, second.name(), second.type(), first.hash(),
                second.displayId(), second.status(), second.expiresAt(), second.createdAt(), second.createdBy());

        assertThatThrownBy(() -> repository().update(sameHash)).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(tenant, second.id())).contains(second);
    }

    @Test
    void updateOfAKeyThatIsNotStoredInTheTenantFails() {
        ApiKey key = Fixtures.anApiKey(tenant, boundHere, T0);
        repository().insert(key);
        TenantId otherTenant = new TenantId(Fixtures.uniqueId("tenant"));
        ApiKey elsewhere = new ApiKey(key.id(), otherTenant, Optional.empty(), key.name(), key.type(),
                ApiKeyHash.of(Fixtures.uniqueId("sk")), key.displayId(), key.status(), key.expiresAt(), key.createdAt(),
                key.createdBy());

        assertThatThrownBy(() -> repository().update(Fixtures.anApiKey(tenant, boundHere, T0)))
                .isInstanceOf(IllegalStateException.class);
        assertThatThrownBy(() -> repository().update(elsewhere)).isInstanceOf(IllegalStateException.class);
        assertThat(repository().findById(tenant, key.id())).contains(key);
    }

    @Test
    void listShowsTheKeysBoundToTheEnvironmentAndTheTenantsUnboundKeys() {
        ApiKey bound = Fixtures.anApiKey(tenant, boundHere, T0);
        ApiKey unbound = Fixtures.anApiKey(tenant, Optional.empty(), T0.plusSeconds(1));
        ApiKey otherEnvironment =
                Fixtures.anApiKey(tenant, Optional.of(new EnvironmentId(Fixtures.uniqueId("env"))), T0);
        ApiKey otherTenant = Fixtures.anApiKey(new TenantId(Fixtures.uniqueId("tenant")), boundHere, T0);
        insert(bound, unbound, otherEnvironment, otherTenant);

        Page<ApiKey> page = repository().list(scope, null, PageRequest.first(10));

        assertThat(page.items()).containsExactly(unbound, bound);
        assertThat(page.total()).isEqualTo(2);
    }

    @Test
    void listWithoutStatusLeavesRevokedKeysOutAndWithDeletedStatusListsOnlyThem() {
        ApiKey live = Fixtures.anApiKey(tenant, boundHere, T0);
        ApiKey revoked = Fixtures.anApiKey(tenant, boundHere, T0.plusSeconds(1));
        insert(live, revoked);
        repository().update(revoked.revoked());

        assertThat(repository().list(scope, null, PageRequest.first(10)).items()).containsExactly(live);
        assertThat(repository().list(scope, Status.PUBLISHED, PageRequest.first(10)).items()).containsExactly(live);
        assertThat(repository().list(scope, Status.DELETED, PageRequest.first(10)).items())
                .containsExactly(revoked.revoked());
    }

    @Test
    void listIsNewestFirstByDefaultOldestFirstOnRequestAndPaged() {
        ApiKey oldest = Fixtures.anApiKey(tenant, boundHere, T0);
        ApiKey middle = Fixtures.anApiKey(tenant, Optional.empty(), T0.plusSeconds(60));
        ApiKey newest = Fixtures.anApiKey(tenant, boundHere, T0.plusSeconds(120));
        insert(middle, newest, oldest);

        assertThat(repository().list(scope, null, PageRequest.first(10)).items())
                .containsExactly(newest, middle, oldest);
        assertThat(repository().list(scope, null, new PageRequest(10, 0, SortOrder.ASC)).items())
                .containsExactly(oldest, middle, newest);
        Page<ApiKey> second = repository().list(scope, null, new PageRequest(2, 2, SortOrder.DESC));
        assertThat(second.items()).containsExactly(oldest);
        assertThat(second.total()).isEqualTo(3);
        assertThat(second.limit()).isEqualTo(2);
        assertThat(second.offset()).isEqualTo(2);
    }

    private void insert(ApiKey... keys) {
        for (ApiKey key : keys) {
            repository().insert(key);
        }
    }
}
