package io.flexprice.domain.tenancy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ApiKeyTest {

    private static final Instant CREATED = Instant.parse("2024-01-01T00:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2024-06-01T00:00:00Z");

    private static ApiKey aKey(Status status, Instant expiresAt) {
        return new ApiKey(ApiKeyId.of("key_1"), TenantId.of("tenant_1"), Optional.of(EnvironmentId.of("env_1")),
                "CI key", ApiKeyType.PRIVATE_KEY, ApiKeyHash.of("sk_secret_abcd"), "sk_****abcd", status, expiresAt,
                CREATED, "user_1");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
            "sk_abcdefgh12345678, sk_****5678",
            "pk_live_abcdefgh1234, pk_****1234",
            "abcdefgh12345678, ****5678",
            "sk_12345, sk_****2345",
            "sk_1234, ****1234",
            "abcdefg_xyz, ****_xyz",
            "abc, ****abc"})
    void theDisplayIdShowsThePrefixAndTheLastFourCharacters(String rawKey, String expected) {
        assertThat(ApiKey.displayIdOf(rawKey)).isEqualTo(expected);
    }

    @Test
    void aPublishedKeyWithoutExpiryIsAlwaysUsable() {
        assertThat(aKey(Status.PUBLISHED, null).isUsableAt(Instant.parse("2999-01-01T00:00:00Z"))).isTrue();
    }

    @Test
    void aKeyIsUsableUntilJustBeforeItExpires() {
        ApiKey key = aKey(Status.PUBLISHED, EXPIRES);

        assertThat(key.isUsableAt(EXPIRES.minusNanos(1))).isTrue();
        assertThat(key.isUsableAt(EXPIRES)).isFalse();
        assertThat(key.isUsableAt(EXPIRES.plusSeconds(1))).isFalse();
    }

    @Test
    void anArchivedOrDeletedKeyIsNotUsable() {
        Instant now = Instant.parse("2024-03-01T00:00:00Z");

        assertThat(aKey(Status.ARCHIVED, null).isUsableAt(now)).isFalse();
        assertThat(aKey(Status.DELETED, EXPIRES).isUsableAt(now)).isFalse();
    }

    @Test
    void aRevokedKeyIsDeletedAndNoLongerUsable() {
        ApiKey revoked = aKey(Status.PUBLISHED, null).revoked();

        assertThat(revoked.status()).isEqualTo(Status.DELETED);
        assertThat(revoked.isUsableAt(CREATED)).isFalse();
        assertThat(revoked.hash()).isEqualTo(ApiKeyHash.of("sk_secret_abcd"));
    }

    @Test
    void anEnvironmentBindingIsOptionalButNotNull() {
        assertThatNullPointerException().isThrownBy(() -> new ApiKey(ApiKeyId.of("key_1"), TenantId.of("tenant_1"),
                null, "n", ApiKeyType.PRIVATE_KEY, ApiKeyHash.of("k"), "****", Status.PUBLISHED, null, CREATED, "u"));
    }

    @Test
    void keyTypesUseFlexPricesWireValuesAndPrefixes() {
        assertThat(ApiKeyType.fromWire("private_key")).isEqualTo(ApiKeyType.PRIVATE_KEY);
        assertThat(ApiKeyType.fromWire("publishable_key")).isEqualTo(ApiKeyType.PUBLISHABLE_KEY);
        assertThat(ApiKeyType.PRIVATE_KEY.keyPrefix()).isEqualTo("sk_");
        assertThat(ApiKeyType.PUBLISHABLE_KEY.keyPrefix()).isEqualTo("pk_");
        assertThatThrownBy(() -> ApiKeyType.fromWire("secret"))
                .isInstanceOf(ValidationException.class);
    }

    @Test
    void aScopeNeedsATenantAndAnEnvironment() {
        Scope scope = Scope.of("tenant_1", "env_1");

        assertThat(scope.tenantId()).isEqualTo(TenantId.of("tenant_1"));
        assertThat(new Environment(EnvironmentId.of("env_1"), TenantId.of("tenant_1"), "Production",
                EnvironmentType.PRODUCTION, Status.PUBLISHED, CREATED).scope()).isEqualTo(scope);
        assertThatNullPointerException().isThrownBy(() -> new Scope(TenantId.of("tenant_1"), null));
    }
}
