package io.flexprice.adapters.storage.postgres.plan;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.plan.Plan;
import io.flexprice.domain.plan.PlanId;

/** A row of {@code plans}: the metadata as JSON text. */
final class PlanRow extends ScopedRow {

    private String name;
    private String description;
    private String lookupKey;
    private String metadata;

    static PlanRow from(Plan plan) {
        PlanRow row = new PlanRow();
        row.fill(plan.id().value(), plan.scope(), plan.status(), plan.audit());
        row.name = plan.name();
        row.description = plan.description();
        row.lookupKey = plan.lookupKey();
        row.metadata = JsonColumns.write(plan.metadata().values());
        return row;
    }

    Plan toDomain() {
        return new Plan(new PlanId(id), scope(), name, description, lookupKey,
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
