package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.Tenant;
import io.flexprice.domain.tenancy.TenantId;
import java.time.Instant;

/** A row of {@code tenants}. */
final class TenantRow {

    private String id;
    private String name;
    private Status status;
    private Instant createdAt;

    static TenantRow from(Tenant tenant) {
        TenantRow row = new TenantRow();
        row.id = tenant.id().value();
        row.name = tenant.name();
        row.status = tenant.status();
        row.createdAt = tenant.createdAt();
        return row;
    }

    Tenant toDomain() {
        return new Tenant(new TenantId(id), name, status, createdAt);
    }
}
