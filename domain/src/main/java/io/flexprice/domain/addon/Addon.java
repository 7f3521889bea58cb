package io.flexprice.domain.addon;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.util.Objects;

/**
 * Something a subscription can add to its plan (FlexPrice's addon); its prices are
 * {@link io.flexprice.domain.pricing.ListedPrice}s with entity type ADDON that name it. {@code lookupKey} is
 * required, as FlexPrice has it, and unique among the live addons of an environment; it never changes.
 */
public record Addon(AddonId id, Scope scope, String name, String description, String lookupKey, AddonType type,
                    Metadata metadata, Status status, Audit audit) {

    public Addon {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        editable(new Violations(), name, description)
                .requireText(lookupKey, "lookup_key")
                .maxLength(lookupKey, 255, "lookup_key")
                .require(type != null, "type", "is required")
                .throwIfAny();
    }

    /** The rules of the editable fields, for a check before anything is built. */
    public static void validate(String name, String description) {
        editable(new Violations(), name, description).throwIfAny();
    }

    private static Violations editable(Violations violations, String name, String description) {
        return violations
                .requireText(name, "name")
                .maxLength(name, 255, "name")
                .maxLength(description, 4000, "description");
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    public Addon withDetails(String newName, String newDescription, Metadata newMetadata, Audit changed) {
        return new Addon(id, scope, newName, newDescription, lookupKey, type, newMetadata, status, changed);
    }

    public Addon deleted(Audit changed) {
        return new Addon(id, scope, name, description, lookupKey, type, metadata, Status.DELETED, changed);
    }
}
