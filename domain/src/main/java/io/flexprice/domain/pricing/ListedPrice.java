package io.flexprice.domain.pricing;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.util.Objects;

/**
 * A stored price: the {@link Price} terms, the entity that lists them (a plan: {@code entityType} PLAN and
 * the plan's id as {@code entityId}), and what a client sees and finds it by. A USAGE price counts the usage
 * of its meter; a FIXED price has no meter. {@code lookupKey}, when set, is unique among the live prices of
 * an environment.
 */
public record ListedPrice(PriceId id, Scope scope, PriceEntityType entityType, String entityId, String lookupKey,
                          MeterId meterId, String displayName, String description, Metadata metadata, Price terms,
                          Status status, Audit audit) {

    public ListedPrice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        new Violations()
                .require(entityType != null, "entity_type", "is required")
                .requireText(entityId, "entity_id")
                .maxLength(lookupKey, 255, "lookup_key")
                .maxLength(displayName, 255, "display_name")
                .maxLength(description, 4000, "description")
                .require(terms.type() != PriceType.USAGE || meterId != null, "meter_id",
                        "is required for USAGE prices")
                .require(terms.type() != PriceType.FIXED || meterId == null, "meter_id",
                        "is only used by USAGE prices")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /** The fields FlexPrice lets a client change on a price; the terms never change. */
    public ListedPrice withDetails(String newLookupKey, String newDisplayName, String newDescription,
                                   Metadata newMetadata, Audit changed) {
        return new ListedPrice(id, scope, entityType, entityId, newLookupKey, meterId, newDisplayName, newDescription,
                newMetadata, terms, status, changed);
    }

    public ListedPrice deleted(Audit changed) {
        return new ListedPrice(id, scope, entityType, entityId, lookupKey, meterId, displayName, description, metadata,
                terms, Status.DELETED, changed);
    }
}
