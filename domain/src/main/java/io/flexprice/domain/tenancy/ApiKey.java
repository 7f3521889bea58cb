package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.Status;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * An API key as stored: its hash, never the key. A key is bound to one environment, or (when
 * {@code environmentId} is empty) usable in every environment of its tenant, chosen per request.
 */
public record ApiKey(ApiKeyId id, TenantId tenantId, Optional<EnvironmentId> environmentId, String name,
                     ApiKeyType type, ApiKeyHash hash, String displayId, Status status, Instant expiresAt,
                     Instant createdAt, String createdBy) {

    public ApiKey {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(environmentId, "environmentId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(hash, "hash");
        Objects.requireNonNull(displayId, "displayId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    /** Live and not expired at {@code now}. */
    public boolean isUsableAt(Instant now) {
        return status == Status.PUBLISHED && (expiresAt == null || now.isBefore(expiresAt));
    }

    public ApiKey revoked() {
        return new ApiKey(id, tenantId, environmentId, name, type, hash, displayId, Status.DELETED, expiresAt,
                createdAt, createdBy);
    }

    /** What a listing shows of a key: its prefix and last four characters. */
    public static String displayIdOf(String rawKey) {
        int prefixEnd = rawKey.indexOf('_') + 1;
        String prefix = prefixEnd > 0 && prefixEnd < rawKey.length() - 4 ? rawKey.substring(0, prefixEnd) : "";
        return prefix + "****" + rawKey.substring(Math.max(0, rawKey.length() - 4));
    }
}
