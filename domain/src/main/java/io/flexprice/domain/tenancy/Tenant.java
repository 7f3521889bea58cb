package io.flexprice.domain.tenancy;

import io.flexprice.domain.common.Status;
import java.time.Instant;
import java.util.Objects;

public record Tenant(TenantId id, String name, Status status, Instant createdAt) {

    public Tenant {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
