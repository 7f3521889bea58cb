package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.ApiKey;
import io.flexprice.domain.tenancy.ApiKeyHash;
import io.flexprice.domain.tenancy.ApiKeyId;
import io.flexprice.domain.tenancy.ApiKeyType;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.Optional;

/**
 * A row of {@code api_keys}: the key's hash, never the key. {@code environmentId} is null for a key usable
 * in every environment of its tenant; the type is stored as its wire value.
 */
final class ApiKeyRow {

    private String id;
    private String tenantId;
    private String environmentId;
    private String name;
    private String type;
    private String hash;
    private String displayId;
    private Status status;
    private Instant expiresAt;
    private Instant createdAt;
    private String createdBy;

    static ApiKeyRow from(ApiKey key) {
        ApiKeyRow row = new ApiKeyRow();
        row.id = key.id().value();
        row.tenantId = key.tenantId().value();
        row.environmentId = key.environmentId().map(EnvironmentId::value).orElse(null);
        row.name = key.name();
        row.type = key.type().wireValue();
        row.hash = key.hash().hex();
        row.displayId = key.displayId();
        row.status = key.status();
        row.expiresAt = key.expiresAt();
        row.createdAt = key.createdAt();
        row.createdBy = key.createdBy();
        return row;
    }

    ApiKey toDomain() {
        Optional<EnvironmentId> boundTo = Optional.ofNullable(environmentId).map(EnvironmentId::new);
        return new ApiKey(new ApiKeyId(id), new TenantId(tenantId), boundTo, name, ApiKeyType.fromWire(type),
                new ApiKeyHash(hash), displayId, status, expiresAt, createdAt, createdBy);
    }
}
