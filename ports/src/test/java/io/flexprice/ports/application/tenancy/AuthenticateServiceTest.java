package io.flexprice.ports.application.tenancy;

import static io.flexprice.ports.testing.ApiKeys.RAW_KEY;
import static io.flexprice.ports.testing.ApiKeys.aKey;
import static io.flexprice.ports.testing.Fixtures.CLOCK;
import static io.flexprice.ports.testing.Fixtures.NOW;
import static io.flexprice.ports.testing.Fixtures.OTHER_ENVIRONMENT;
import static io.flexprice.ports.testing.Fixtures.OTHER_TENANT;
import static io.flexprice.ports.testing.Fixtures.SCOPE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.ForbiddenException;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.UnauthenticatedException;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.testing.FakeApiKeyRepository;
import io.flexprice.ports.testing.FakeEnvironmentRepository;
import io.flexprice.ports.testing.Rejections;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class AuthenticateServiceTest {

    private final FakeApiKeyRepository apiKeys = new FakeApiKeyRepository();
    private final FakeEnvironmentRepository environments = new FakeEnvironmentRepository();
    private final AuthenticateService service = new AuthenticateService(apiKeys, environments, CLOCK);

    @BeforeEach
    void everyScopeHasItsEnvironment() {
        for (Scope scope : new Scope[] {SCOPE, OTHER_ENVIRONMENT, OTHER_TENANT}) {
            environments.insert(new Environment(scope.environmentId(), scope.tenantId(), "env",
                    EnvironmentType.DEVELOPMENT, Status.PUBLISHED, NOW));
        }
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"  ", "\t"})
    void aMissingOrBlankKeyIsUnauthenticated(String rawKey) {
        apiKeys.insert(aKey().build());

        assertThatThrownBy(() -> service.authenticate(rawKey, null))
                .isInstanceOf(UnauthenticatedException.class)
                .extracting(e -> ((UnauthenticatedException) e).code()).isEqualTo(ErrorCode.UNAUTHENTICATED);
    }

    @Test
    void anUnknownKeyIsUnauthenticated() {
        apiKeys.insert(aKey().build());

        assertThatThrownBy(() -> service.authenticate("sk_not_a_key_we_issued", null))
                .isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aRevokedKeyIsUnauthenticated() {
        apiKeys.insert(aKey().status(Status.DELETED).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, null)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aKeyExpiringAtThisInstantIsUnauthenticated() {
        apiKeys.insert(aKey().expiresAt(NOW).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, null)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aKeyThatExpiredEarlierIsUnauthenticated() {
        apiKeys.insert(aKey().expiresAt(NOW.minusSeconds(1)).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, null)).isInstanceOf(UnauthenticatedException.class);
    }

    @Test
    void aKeyExpiringAMillisecondFromNowStillAuthenticates() {
        apiKeys.insert(aKey().expiresAt(NOW.plusMillis(1)).build());

        assertThat(service.authenticate(RAW_KEY, null).scope()).isEqualTo(SCOPE);
    }

    @Test
    void aBoundKeyActsInItsEnvironmentAndTheCallerIsTheKey() {
        ApiKey key = apiKeys.add(aKey().id("secret_bound").boundTo(SCOPE).build());

        Caller caller = service.authenticate(RAW_KEY, null);

        assertThat(caller.scope()).isEqualTo(SCOPE);
        assertThat(caller.actor()).isEqualTo(key.id().value()).isEqualTo("secret_bound");
    }

    @Test
    void aKeyIsFoundWithTheWhitespaceAroundItTrimmed() {
        apiKeys.insert(aKey().build());

        assertThat(service.authenticate("  " + RAW_KEY + "\n", null).scope()).isEqualTo(SCOPE);
    }

    @Test
    void aBoundKeyMayNameItsOwnEnvironmentInTheHeader() {
        apiKeys.insert(aKey().boundTo(SCOPE).build());

        assertThat(service.authenticate(RAW_KEY, SCOPE.environmentId().value()).scope()).isEqualTo(SCOPE);
        assertThat(service.authenticate(RAW_KEY, " " + SCOPE.environmentId().value() + " ").scope())
                .isEqualTo(SCOPE);
    }

    @Test
    void aBoundKeyWithABlankEnvironmentHeaderActsInItsEnvironment() {
        apiKeys.insert(aKey().boundTo(SCOPE).build());

        assertThat(service.authenticate(RAW_KEY, "  ").scope()).isEqualTo(SCOPE);
    }

    @Test
    void aBoundKeyAskingForAnotherEnvironmentIsForbidden() {
        apiKeys.insert(aKey().boundTo(SCOPE).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, OTHER_ENVIRONMENT.environmentId().value()))
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((ForbiddenException) e).code()).isEqualTo(ErrorCode.ENVIRONMENT_FORBIDDEN);
    }

    @Test
    void anUnboundKeyWithoutAnEnvironmentHeaderIsAValidationErrorThatNamesTheHeader() {
        apiKeys.insert(aKey().unboundIn(SCOPE.tenantId()).build());

        ValidationException rejected = Rejections.rejected(() -> service.authenticate(RAW_KEY, null));

        assertThat(rejected.code()).isEqualTo(ErrorCode.ENVIRONMENT_REQUIRED);
        assertThat(rejected.violations()).extracting(ValidationException.Violation::field)
                .containsExactly("X-Environment-ID");
    }

    @Test
    void anUnboundKeyActsInTheEnvironmentItsHeaderNames() {
        apiKeys.insert(aKey().id("secret_tenant_wide").unboundIn(SCOPE.tenantId()).build());

        Caller inFirst = service.authenticate(RAW_KEY, SCOPE.environmentId().value());
        Caller inSecond = service.authenticate(RAW_KEY, OTHER_ENVIRONMENT.environmentId().value());

        assertThat(inFirst.scope()).isEqualTo(SCOPE);
        assertThat(inSecond.scope()).isEqualTo(OTHER_ENVIRONMENT);
        assertThat(inSecond.actor()).isEqualTo("secret_tenant_wide");
    }

    @Test
    void anUnboundKeyAskingForAnotherTenantsEnvironmentIsForbidden() {
        apiKeys.insert(aKey().unboundIn(SCOPE.tenantId()).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, OTHER_TENANT.environmentId().value()))
                .isInstanceOf(ForbiddenException.class)
                .extracting(e -> ((ForbiddenException) e).code()).isEqualTo(ErrorCode.ENVIRONMENT_FORBIDDEN);
    }

    @Test
    void anUnboundKeyAskingForAnUnknownEnvironmentIsForbidden() {
        apiKeys.insert(aKey().unboundIn(SCOPE.tenantId()).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, "env_nowhere"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anUnboundKeyAskingForADeletedEnvironmentIsForbidden() {
        apiKeys.insert(aKey().unboundIn(SCOPE.tenantId()).build());
        environments.insert(new Environment(EnvironmentId.of("env_deleted"), SCOPE.tenantId(), "gone",
                EnvironmentType.DEVELOPMENT, Status.DELETED, NOW));

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, "env_deleted"))
                .isInstanceOf(ForbiddenException.class);
    }

    @Test
    void anExpiredUnboundKeyIsUnauthenticatedBeforeItsEnvironmentIsChecked() {
        apiKeys.insert(aKey().unboundIn(SCOPE.tenantId()).expiresAt(NOW).build());

        assertThatThrownBy(() -> service.authenticate(RAW_KEY, null)).isInstanceOf(UnauthenticatedException.class);
    }
}
