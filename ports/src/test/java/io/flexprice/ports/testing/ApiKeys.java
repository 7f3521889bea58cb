package io.flexprice.ports.testing;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;

/** Test fixture: a stored key, {@code aKey().raw("sk_x").unbound().build()}; bound to {@link Fixtures#SCOPE}. */
public final class ApiKeys {

    public static final String RAW_KEY = "sk_test_0123456789";

    private String id = "secret_key_1";
    private TenantId tenantId = Fixtures.SCOPE.tenantId();
    private Optional<EnvironmentId> environmentId = Optional.of(Fixtures.SCOPE.environmentId());
    private String rawKey = RAW_KEY;
    private Status status = Status.PUBLISHED;
    private Instant expiresAt;

    private ApiKeys() {
    }

    public static ApiKeys aKey() {
        return new ApiKeys();
    }

    public ApiKeys id(String value) {
        this.id = value;
        return this;
    }

    public ApiKeys raw(String value) {
        this.rawKey = value;
        return this;
    }

    /** Bound to the scope's environment, in its tenant. */
    public ApiKeys boundTo(Scope scope) {
        this.tenantId = scope.tenantId();
        this.environmentId = Optional.of(scope.environmentId());
        return this;
    }

    /** Usable in every environment of this tenant, chosen per request. */
    public ApiKeys unboundIn(TenantId tenant) {
        this.tenantId = tenant;
        this.environmentId = Optional.empty();
        return this;
    }

    public ApiKeys status(Status value) {
        this.status = value;
        return this;
    }

    public ApiKeys expiresAt(Instant value) {
        this.expiresAt = value;
        return this;
    }

    public ApiKey build() {
        return new ApiKey(ApiKeyId.of(id), tenantId, environmentId, "Test key", ApiKeyType.PRIVATE_KEY,
                ApiKeyHash.of(rawKey), ApiKey.displayIdOf(rawKey), status, expiresAt,
                Fixtures.EARLIER.createdAt(), Fixtures.EARLIER.createdBy());
    }
}
