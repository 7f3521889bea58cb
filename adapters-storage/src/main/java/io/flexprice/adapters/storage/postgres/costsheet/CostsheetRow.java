package io.flexprice.adapters.storage.postgres.costsheet;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.costsheet.Costsheet;
import io.flexprice.domain.costsheet.CostsheetId;

/** A row of {@code costsheets}: the metadata as JSON text. */
final class CostsheetRow extends ScopedRow {

    private String name;
    private String description;
    private String lookupKey;
    private String metadata;

    static CostsheetRow from(Costsheet costsheet) {
        CostsheetRow row = new CostsheetRow();
        row.fill(costsheet.id().value(), costsheet.scope(), costsheet.status(), costsheet.audit());
        row.name = costsheet.name();
        row.description = costsheet.description();
        row.lookupKey = costsheet.lookupKey();
        row.metadata = JsonColumns.write(costsheet.metadata().values());
        return row;
    }

    Costsheet toDomain() {
        return new Costsheet(new CostsheetId(id), scope(), name, description, lookupKey,
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
