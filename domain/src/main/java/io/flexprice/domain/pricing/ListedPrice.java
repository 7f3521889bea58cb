package io.flexprice.domain.pricing;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Objects;

/**
 * A stored price: the {@link Price} terms, the entity that lists them ({@code entityType} PLAN or ADDON and
 * that entity's id as {@code entityId}), when they apply, and what a client sees and finds it by. A USAGE
 * price counts the usage of its meter; a FIXED price has no meter. {@code lookupKey}, when set, is unique
 * among the live prices of an environment.
 *
 * <p>Versions: a price is in effect over the half-open span {@code [startDate, endDate)}; {@code endDate}
 * null means until further notice, and {@code startDate} defaults to the creation time. The terms of a
 * price never change: a change of terms ends the price and starts a new one where it ends
 * ({@link #succeededBy}); the new version's {@code parentPriceId} names the first price of the line (as
 * FlexPrice's does), and the lookup key moves to it.
 */
public record ListedPrice(PriceId id, Scope scope, PriceEntityType entityType, String entityId, String lookupKey,
                          MeterId meterId, String displayName, String description, Metadata metadata, Price terms,
                          Instant startDate, Instant endDate, PriceId parentPriceId, Status status, Audit audit) {

    public ListedPrice {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        lookupKey = lookupKey == null || lookupKey.isBlank() ? null : lookupKey;
        startDate = startDate == null ? audit.createdAt() : startDate;
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
                .require(endDate == null || endDate.isAfter(startDate), "end_date", "must be after start_date")
                .require(!id.equals(parentPriceId), "parent_price_id", "must name another price")
                .throwIfAny();
    }

    /** A price in effect from its creation until further notice, with no parent. */
    public ListedPrice(PriceId id, Scope scope, PriceEntityType entityType, String entityId, String lookupKey,
                       MeterId meterId, String displayName, String description, Metadata metadata, Price terms,
                       Status status, Audit audit) {
        this(id, scope, entityType, entityId, lookupKey, meterId, displayName, description, metadata, terms, null,
                null, null, status, audit);
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /**
     * Whether a subscription started at {@code at} gets this price: it is published and {@code at} lies in
     * {@code [startDate, endDate)}.
     */
    public boolean isInEffectAt(Instant at) {
        return status == Status.PUBLISHED && !at.isBefore(startDate) && (endDate == null || at.isBefore(endDate));
    }

    /** Whether the price has ended by {@code at}: its end date is {@code at} or earlier. */
    public boolean hasEndedBy(Instant at) {
        return endDate != null && !endDate.isAfter(at);
    }

    /** The first price of this price's line of versions: its parent, or itself. */
    public PriceId rootPriceId() {
        return parentPriceId == null ? id : parentPriceId;
    }

    /** The fields FlexPrice lets a client change in place; the terms and dates never change in place. */
    public ListedPrice withDetails(String newLookupKey, String newDisplayName, String newDescription,
                                   Metadata newMetadata, Audit changed) {
        return new ListedPrice(id, scope, entityType, entityId, newLookupKey, meterId, newDisplayName, newDescription,
                newMetadata, terms, startDate, endDate, parentPriceId, status, changed);
    }

    public ListedPrice deleted(Audit changed) {
        return new ListedPrice(id, scope, entityType, entityId, lookupKey, meterId, displayName, description, metadata,
                terms, startDate, endDate, parentPriceId, Status.DELETED, changed);
    }

    /**
     * This price ending at {@code end} (FlexPrice's delete with an {@code end_date}): it stays readable, and
     * subscriptions stop billing it there once synced. Refused on {@code end_date} when {@code end} is in the
     * past, not after the price's start, or not before an end the price has already.
     */
    public ListedPrice endingAt(Instant end, Instant now, Audit changed) {
        Objects.requireNonNull(end, "end");
        new Violations()
                .require(!end.isBefore(now), "end_date", "must not be in the past (now is " + now + ")")
                .require(end.isAfter(startDate), "end_date", "must be after the price's start_date " + startDate)
                .require(endDate == null || end.isBefore(endDate), "end_date",
                        "must be before the price's current end " + endDate)
                .throwIfAny();
        return new ListedPrice(id, scope, entityType, entityId, lookupKey, meterId, displayName, description, metadata,
                terms, startDate, end, parentPriceId, status, changed);
    }

    /**
     * A copy listed by another entity from {@code start} (a clone's price): new id, no lookup key (lookup
     * keys are unique), the same terms, meter, names, metadata and end date.
     */
    public ListedPrice copiedTo(PriceId newId, PriceEntityType newEntityType, String newEntityId, Instant start,
                                PriceId newParent, Audit created) {
        return new ListedPrice(newId, scope, newEntityType, newEntityId, null, meterId, displayName, description,
                metadata, terms, start, endDate, newParent, status, created);
    }

    /**
     * Ends this price at {@code effectiveFrom} and starts a version with {@code newTerms} there, taking over
     * the lookup key, meter, names and metadata. Refused (on {@code effective_from}, or {@code end_date} for
     * a price that already ends) when the change would rewrite the past or leave this version empty:
     * {@code effectiveFrom} must not be before {@code now} and must be after this price's start.
     *
     * @param actor who changes it, for both versions' audit
     * @param now   the current time: the successor's creation time
     */
    public PriceSuccession succeededBy(PriceId successorId, Price newTerms, Instant effectiveFrom, String actor,
                                       Instant now) {
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        if (endDate != null) {
            throw ValidationException.of("end_date", "price " + id + " already ends at " + endDate
                    + "; change the terms of the version that follows it");
        }
        if (effectiveFrom.isBefore(now)) {
            throw ValidationException.of("effective_from", "must not be in the past (now is " + now + ")");
        }
        if (!effectiveFrom.isAfter(startDate)) {
            throw ValidationException.of("effective_from", "must be after the price's start_date " + startDate);
        }
        ListedPrice ended = new ListedPrice(id, scope, entityType, entityId, null, meterId, displayName, description,
                metadata, terms, startDate, effectiveFrom, parentPriceId, status, audit.updatedBy(actor, now));
        ListedPrice successor = new ListedPrice(successorId, scope, entityType, entityId, lookupKey, meterId,
                displayName, description, metadata, newTerms, effectiveFrom, null, rootPriceId(), status,
                Audit.createdBy(actor, now));
        return new PriceSuccession(ended, successor);
    }
}
