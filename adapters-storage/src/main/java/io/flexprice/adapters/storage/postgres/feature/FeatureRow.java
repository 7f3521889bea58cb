package io.flexprice.adapters.storage.postgres.feature;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.feature.Feature;
import io.flexprice.domain.feature.FeatureId;
import io.flexprice.domain.feature.FeatureType;
import io.flexprice.domain.metering.MeterId;

/** A row of {@code features}: the type as its wire value, the metadata as JSON text. */
final class FeatureRow extends ScopedRow {

    private String name;
    private String description;
    private String lookupKey;
    private String type;
    private String meterId;
    private String unitSingular;
    private String unitPlural;
    private String metadata;

    static FeatureRow from(Feature feature) {
        FeatureRow row = new FeatureRow();
        row.fill(feature.id().value(), feature.scope(), feature.status(), feature.audit());
        row.name = feature.name();
        row.description = feature.description();
        row.lookupKey = feature.lookupKey();
        row.type = feature.type().wireValue();
        row.meterId = feature.meterId() == null ? null : feature.meterId().value();
        row.unitSingular = feature.unitSingular();
        row.unitPlural = feature.unitPlural();
        row.metadata = JsonColumns.write(feature.metadata().values());
        return row;
    }

    Feature toDomain() {
        return new Feature(new FeatureId(id), scope(), name, description, lookupKey, FeatureType.fromWire(type),
                meterId == null ? null : new MeterId(meterId), unitSingular, unitPlural,
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
