package io.flexprice.adapters.storage.postgres.tax;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.tax.TaxAssociation;
import io.flexprice.domain.tax.TaxAssociationId;
import io.flexprice.domain.tax.TaxEntityType;
import io.flexprice.domain.tax.TaxRateId;
import java.time.Instant;
import java.util.Currency;

/** A row of {@code tax_associations}: the entity type as its wire value, the metadata as JSON text. */
final class TaxAssociationRow extends ScopedRow {

    private String taxRateId;
    private String entityType;
    private String entityId;
    private int priority;
    private boolean autoApply;
    private String currency;
    private Instant startDate;
    private Instant endDate;
    private String metadata;

    static TaxAssociationRow from(TaxAssociation association) {
        TaxAssociationRow row = new TaxAssociationRow();
        row.fill(association.id().value(), association.scope(), association.status(), association.audit());
        row.taxRateId = association.taxRateId().value();
        row.entityType = association.entityType().wireValue();
        row.entityId = association.entityId();
        row.priority = association.priority();
        row.autoApply = association.autoApply();
        row.currency = association.currency() == null ? null : association.currency().getCurrencyCode();
        row.startDate = association.startDate();
        row.endDate = association.endDate();
        row.metadata = JsonColumns.write(association.metadata().values());
        return row;
    }

    TaxAssociation toDomain() {
        return new TaxAssociation(new TaxAssociationId(id), scope(), new TaxRateId(taxRateId),
                TaxEntityType.fromWire(entityType), entityId, priority, autoApply,
                currency == null ? null : Currency.getInstance(currency), startDate, endDate,
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
