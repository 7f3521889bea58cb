package io.flexprice.adapters.storage.postgres.tenancy;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.Environment;
import io.flexprice.domain.tenancy.EnvironmentId;
import io.flexprice.domain.tenancy.EnvironmentType;
import io.flexprice.domain.tenancy.TenantId;
import java.time.Instant;
import java.util.Locale;

/** A row of {@code environments}; the type is stored as its wire value. */
final class EnvironmentRow {

    private String id;
    private String tenantId;
    private String name;
    private String type;
    private Status status;
    private Instant createdAt;

    static EnvironmentRow from(Environment environment) {
        EnvironmentRow row = new EnvironmentRow();
        row.id = environment.id().value();
        row.tenantId = environment.tenantId().value();
        row.name = environment.name();
        row.type = environment.type().wireValue();
        row.status = environment.status();
        row.createdAt = environment.createdAt();
        return row;
    }

    Environment toDomain() {
        return new Environment(new EnvironmentId(id), new TenantId(tenantId), name,
                EnvironmentType.valueOf(type.toUpperCase(Locale.ROOT)), status, createdAt);
    }
}
