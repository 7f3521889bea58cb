package io.flexprice.adapters.storage.postgres;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;

/**
 * The columns every row of a scoped, audited entity has (customers, features, meters): its id, scope,
 * status and audit. A subclass adds its own columns; MyBatis sets and reads these fields like its own.
 */
public abstract class ScopedRow {

    protected String id;
    protected String tenantId;
    protected String environmentId;
    protected Status status;
    protected Instant createdAt;
    protected String createdBy;
    protected Instant updatedAt;
    protected String updatedBy;

    /** Fills the shared columns from an entity about to be written. */
    protected final void fill(String entityId, Scope scope, Status entityStatus, Audit audit) {
        id = entityId;
        tenantId = scope.tenantId().value();
        environmentId = scope.environmentId().value();
        status = entityStatus;
        createdAt = audit.createdAt();
        createdBy = audit.createdBy();
        updatedAt = audit.updatedAt();
        updatedBy = audit.updatedBy();
    }

    protected final Scope scope() {
        return Scope.of(tenantId, environmentId);
    }

    protected final Audit audit() {
        return new Audit(createdAt, createdBy, updatedAt, updatedBy);
    }
}
