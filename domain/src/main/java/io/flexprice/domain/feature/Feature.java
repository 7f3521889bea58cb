package io.flexprice.domain.feature;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Objects;

/**
 * Something a plan can grant. A metered feature counts usage through its meter; {@code lookupKey},
 * when set, is unique among the live features of an environment.
 */
public record Feature(FeatureId id, Scope scope, String name, String description, String lookupKey,
                      FeatureType type, MeterId meterId, String unitSingular, String unitPlural, Metadata metadata,
                      Status status, Audit audit) {

    public Feature {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        new Violations()
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .maxLength(lookupKey, 255, "lookup_key")
                .maxLength(description, 4000, "description")
                .require(type != FeatureType.METERED || meterId != null, "meter",
                        "a metered feature needs a meter (meter or meter_id)")
                .require(type == FeatureType.METERED || meterId == null, "meter",
                        "only metered features have a meter")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    public Feature withDetails(String newName, String newDescription, String newUnitSingular, String newUnitPlural,
                               Metadata newMetadata, Audit changed) {
        return new Feature(id, scope, newName, newDescription, lookupKey, type, meterId, newUnitSingular,
                newUnitPlural, newMetadata, status, changed);
    }

    public Feature deleted(Audit changed) {
        return new Feature(id, scope, name, description, lookupKey, type, meterId, unitSingular, unitPlural,
                metadata, Status.DELETED, changed);
    }
}
