package io.flexprice.domain.plan;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.util.Objects;

/**
 * A plan a customer can subscribe to; its prices are {@link io.flexprice.domain.pricing.ListedPrice}s that
 * name it. {@code lookupKey}, when set, is unique among the live plans of an environment.
 */
public record Plan(PlanId id, Scope scope, String name, String description, String lookupKey, Metadata metadata,
                   Status status, Audit audit) {

    public Plan {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        validate(name, description, lookupKey);
    }

    /** The rules of the editable fields, for a check before anything is built. */
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

    public Plan withDetails(String newName, String newDescription, String newLookupKey, Metadata newMetadata,
                            Audit changed) {
        return new Plan(id, scope, newName, newDescription, newLookupKey, newMetadata, status, changed);
    }

    public Plan deleted(Audit changed) {
        return new Plan(id, scope, name, description, lookupKey, metadata, Status.DELETED, changed);
    }
}
