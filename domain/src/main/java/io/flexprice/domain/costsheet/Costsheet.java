package io.flexprice.domain.costsheet;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.util.Objects;

/**
 * What serving the product costs us (FlexPrice's costsheet): a named group of prices whose
 * {@code entity_type} is COSTSHEET and {@code entity_id} this id, each a cost per unit of a meter's usage.
 * {@code name} is unique among the live costsheets of an environment, and so is {@code lookupKey} when set.
 * The active costsheet of an environment is its most recently created published one (FlexPrice's rule).
 */
public record Costsheet(CostsheetId id, Scope scope, String name, String description, String lookupKey,
                        Metadata metadata, Status status, Audit audit) {

    public Costsheet {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        validate(name, description, lookupKey);
    }

    public static void validate(String name, String description, String lookupKey) {
        new Violations()
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .maxLength(lookupKey, 255, "lookup_key")
                .maxLength(description, 4000, "description")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    public Costsheet withDetails(String newName, String newDescription, Metadata newMetadata, Audit changed) {
        return new Costsheet(id, scope, newName, newDescription, lookupKey, newMetadata, status, changed);
    }

    public Costsheet deleted(Audit changed) {
        return new Costsheet(id, scope, name, description, lookupKey, metadata, Status.DELETED, changed);
    }
}
