package io.flexprice.adapters.storage.postgres.addon;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.addon.Addon;
import io.flexprice.domain.addon.AddonId;
import io.flexprice.domain.addon.AddonType;
import io.flexprice.domain.common.Metadata;

/** A row of {@code addons}: the type as its wire value, the metadata as JSON text. */
final class AddonRow extends ScopedRow {

    private String name;
    private String description;
    private String lookupKey;
    private String type;
    private String metadata;

    static AddonRow from(Addon addon) {
        AddonRow row = new AddonRow();
        row.fill(addon.id().value(), addon.scope(), addon.status(), addon.audit());
        row.name = addon.name();
        row.description = addon.description();
        row.lookupKey = addon.lookupKey();
        row.type = addon.type().wireValue();
        row.metadata = JsonColumns.write(addon.metadata().values());
        return row;
    }

    Addon toDomain() {
        return new Addon(new AddonId(id), scope(), name, description, lookupKey, AddonType.fromWire(type),
                Metadata.of(JsonColumns.readStringMap(metadata)), status, audit());
    }
}
