package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.Status;
import java.time.Instant;
import java.util.Objects;

public record Environment(EnvironmentId id, TenantId tenantId, String name, EnvironmentType type, Status status,
                          Instant createdAt) {

    public Environment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public Scope scope() {
        return new Scope(tenantId, id);
    }
}
