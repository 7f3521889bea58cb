package io.flexprice.ports.application.tenancy;

import static io.flexprice.ports.testing.ApiKeys.aKey;
import static io.flexprice.ports.testing.Callers.aCaller;
import static io.flexprice.ports.testing.Fixtures.ACTOR;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.OTHER_TENANT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static io.flexprice.ports.testing.Rejections.fieldsRejected;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.in.tenancy.CreateApiKeyCommand;
import io.flexprice.ports.in.tenancy.ManageApiKeysUseCase.IssuedApiKey;
import io.flexprice.ports.testing.FakeApiKeyRepository;
import io.flexprice.ports.testing.FakeEnvironmentRepository;
import io.flexprice.ports.testing.SequentialIdGenerator;
import io.flexprice.ports.testing.SequentialSecretGenerator;
import java.time.Instant;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class ManageApiKeysServiceTest {

    private static final PageRequest FIRST_PAGE = PageRequest.first(50);

    private final FakeApiKeyRepository apiKeys = new FakeApiKeyRepository();
    private final ManageApiKeysService service =
            new ManageApiKeysService(apiKeys, new SequentialIdGenerator(), new SequentialSecretGenerator(), CLOCK);
    private final Caller caller = aCaller().build();

    private static CreateApiKeyCommand privateKey(boolean environmentScoped) {
        return new CreateApiKeyCommand("CI key", ApiKeyType.PRIVATE_KEY, null, environmentScoped);
    }

    @Test
    void createStoresOnlyTheHashOfTheRawKeyItReturns() {
        IssuedApiKey issued = service.create(caller, privateKey(true));

        ApiKey stored = apiKeys.stored(issued.key().id());
        assertThat(stored).isEqualTo(issued.key());
        assertThat(stored.hash()).isEqualTo(ApiKeyHash.of(issued.rawKey()));
        assertThat(stored.toString()).doesNotContain(issued.rawKey());
        assertThat(stored.displayId()).isEqualTo(ApiKey.displayIdOf(issued.rawKey())).startsWith("sk_****");
    }

    @Test
    void aPrivateKeyStartsWithSkAndAPublishableKeyWithPk() {
        IssuedApiKey secret = service.create(caller, privateKey(true));
        IssuedApiKey publishable = service.create(caller,
                new CreateApiKeyCommand("Browser key", ApiKeyType.PUBLISHABLE_KEY, null, true));

        assertThat(secret.rawKey()).startsWith("sk_");
        assertThat(publishable.rawKey()).startsWith("pk_");
        assertThat(publishable.key().type()).isEqualTo(ApiKeyType.PUBLISHABLE_KEY);
    }

    @Test
    void createRecordsTheCallerTheClockAndTheTenant() {
        ApiKey key = service.create(caller, privateKey(true)).key();

        assertThat(key.id().value()).startsWith("secret_");
        assertThat(key.tenantId()).isEqualTo(SCOPE.tenantId());
        assertThat(key.createdAt()).isEqualTo(NOW);
        assertThat(key.createdBy()).isEqualTo(ACTOR);
        assertThat(key.status()).isEqualTo(Status.PUBLISHED);
        assertThat(key.name()).isEqualTo("CI key");
    }

    @Test
    void anEnvironmentScopedKeyIsBoundToTheCallersEnvironment() {
        ApiKey key = service.create(caller, privateKey(true)).key();

        assertThat(key.environmentId()).contains(SCOPE.environmentId());
    }

    @Test
    void aKeyThatIsNotEnvironmentScopedIsTenantWide() {
        ApiKey key = service.create(caller, privateKey(false)).key();

        assertThat(key.environmentId()).isEmpty();
        assertThat(key.tenantId()).isEqualTo(SCOPE.tenantId());
    }

    @Test
    void anIssuedKeyAuthenticatesInTheCallersScopeAsItself() {
        FakeEnvironmentRepository environments = new FakeEnvironmentRepository();
        environments.insert(new Environment(SCOPE.environmentId(), SCOPE.tenantId(), "Development",
                EnvironmentType.DEVELOPMENT, Status.PUBLISHED, NOW));
        IssuedApiKey issued = service.create(caller, privateKey(true));

        Caller authenticated = new AuthenticateService(apiKeys, environments, CLOCK).authenticate(issued.rawKey(), null);

        assertThat(authenticated).isEqualTo(new Caller(SCOPE, issued.key().id().value()));
    }

    @Test
    void aFutureExpiryIsKept() {
        Instant tomorrow = NOW.plusSeconds(86_400);

        ApiKey key = service.create(caller, new CreateApiKeyCommand("Temp", ApiKeyType.PRIVATE_KEY, tomorrow, true))
                .key();

        assertThat(key.expiresAt()).isEqualTo(tomorrow);
    }

    @Test
    void anExpiryInThePastIsRejectedAndNothingIsStored() {
        CreateApiKeyCommand expired = new CreateApiKeyCommand("Temp", ApiKeyType.PRIVATE_KEY, NOW.minusSeconds(1), true);

        assertThat(fieldsRejected(() -> service.create(caller, expired))).containsExactly("expires_at");
        assertThat(apiKeys.all()).isEmpty();
    }

    @Test
    void anExpiryAtThisVeryInstantIsRejected() {
        CreateApiKeyCommand expiresNow = new CreateApiKeyCommand("Temp", ApiKeyType.PRIVATE_KEY, NOW, true);

        assertThat(fieldsRejected(() -> service.create(caller, expiresNow))).containsExactly("expires_at");
    }

    @Test
    void listShowsTheKeysUsableInTheCallersScope() {
        apiKeys.add(aKey().id("secret_here").raw("sk_here").boundTo(SCOPE).build());
        apiKeys.add(aKey().id("secret_tenant_wide").raw("sk_wide").unboundIn(SCOPE.tenantId()).build());
        apiKeys.add(aKey().id("secret_other_env").raw("sk_other_env").boundTo(OTHER_ENVIRONMENT).build());
        apiKeys.add(aKey().id("secret_other_tenant").raw("sk_other_tenant").boundTo(OTHER_TENANT).build());
        apiKeys.add(aKey().id("secret_revoked").raw("sk_revoked").boundTo(SCOPE).status(Status.DELETED).build());

        assertThat(service.list(caller, null, FIRST_PAGE).items()).extracting(k -> k.id().value())
                .containsExactlyInAnyOrder("secret_here", "secret_tenant_wide");
        assertThat(service.list(caller, Status.DELETED, FIRST_PAGE).items()).extracting(k -> k.id().value())
                .containsExactly("secret_revoked");
        assertThat(service.list(aCaller().in(OTHER_ENVIRONMENT).build(), null, FIRST_PAGE).items())
                .extracting(k -> k.id().value()).containsExactlyInAnyOrder("secret_other_env", "secret_tenant_wide");
    }

    @Test
    void listPassesThePageThrough() {
        apiKeys.add(aKey().id("secret_a").raw("sk_a").build());
        apiKeys.add(aKey().id("secret_b").raw("sk_b").build());

        var page = service.list(caller, null, new PageRequest(1, 1, PageRequest.SortOrder.ASC));

        assertThat(page.total()).isEqualTo(2);
        assertThat(page.items()).extracting(k -> k.id().value()).containsExactly("secret_b");
    }

    @Test
    void deleteRevokesTheKey() {
        ApiKey key = apiKeys.add(aKey().boundTo(SCOPE).build());

        service.delete(caller, key.id());

        assertThat(apiKeys.stored(key.id())).isEqualTo(key.revoked());
        assertThat(apiKeys.stored(key.id()).isUsableAt(NOW)).isFalse();
    }

    @Test
    void aTenantWideKeyCanBeDeletedFromAnyEnvironmentOfItsTenant() {
        ApiKey key = apiKeys.add(aKey().unboundIn(SCOPE.tenantId()).build());

        service.delete(aCaller().in(OTHER_ENVIRONMENT).build(), key.id());

        assertThat(apiKeys.stored(key.id()).status()).isEqualTo(Status.DELETED);
    }

    @Test
    void deletingAKeyBoundToAnotherEnvironmentIsNotFoundAndLeavesItUsable() {
        ApiKey key = apiKeys.add(aKey().boundTo(OTHER_ENVIRONMENT).build());

        assertNotFound(() -> service.delete(caller, key.id()));
        assertThat(apiKeys.stored(key.id())).isEqualTo(key);
    }

    @Test
    void deletingAKeyOfAnotherTenantIsNotFound() {
        ApiKey key = apiKeys.add(aKey().unboundIn(OTHER_TENANT.tenantId()).build());

        assertNotFound(() -> service.delete(caller, key.id()));
        assertThat(apiKeys.stored(key.id()).status()).isEqualTo(Status.PUBLISHED);
    }

    @Test
    void deletingAnUnknownOrAlreadyRevokedKeyIsNotFound() {
        ApiKey revoked = apiKeys.add(aKey().status(Status.DELETED).build());

        assertNotFound(() -> service.delete(caller, revoked.id()));
        assertNotFound(() -> service.delete(caller, ApiKeyId.of("secret_unknown")));
    }

    private static void assertNotFound(ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOf(NotFoundException.class)
                .extracting(e -> ((NotFoundException) e).code()).isEqualTo(ErrorCode.API_KEY_NOT_FOUND);
    }
}
