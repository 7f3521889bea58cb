package io.flexprice.domain.tax;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.money.Money;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;

/**
 * A tax rate attached to the tenant, a customer or a subscription (FlexPrice's tax association).
 *
 * <ul>
 *   <li>{@code priority}: zero or more; a lower number comes first among the taxes of one level (FlexPrice:
 *       "lower number = higher priority").</li>
 *   <li>{@code autoApply}: only associations that auto-apply are taxes of invoices; the others are kept for
 *       reference.</li>
 *   <li>{@code currency}: when set, the association applies to amounts of that currency only; when absent, to
 *       every currency.</li>
 *   <li>{@code startDate} / {@code endDate} (an extension): the association applies at instants in
 *       {@code [startDate, endDate)}, either end open when absent.</li>
 * </ul>
 *
 * See {@link TaxPrecedence} for which associations of the three levels apply to a subscription.
 */
public record TaxAssociation(TaxAssociationId id, Scope scope, TaxRateId taxRateId, TaxEntityType entityType,
                             String entityId, int priority, boolean autoApply, Currency currency, Instant startDate,
                             Instant endDate, Metadata metadata, Status status, Audit audit) {

    public TaxAssociation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        Violations violations = new Violations()
                .require(taxRateId != null, "tax_rate_id", "is required")
                .require(entityType != null, "entity_type", "is required")
                .requireText(entityId, "entity_id")
                .maxLength(entityId, 255, "entity_id")
                .require(currency == null || Money.hasMinorUnit(currency), "currency",
                        "must have a minor unit, such as usd or eur");
        validatePriority(violations, priority);
        validateDates(violations, startDate, endDate);
        violations.throwIfAny();
    }

    public static void validatePriority(Violations violations, int priority) {
        violations.require(priority >= 0, "priority", "must not be negative");
    }

    public static void validateDates(Violations violations, Instant startDate, Instant endDate) {
        violations.require(startDate == null || endDate == null || startDate.isBefore(endDate), "end_date",
                "must be after start_date");
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /**
     * Whether this association makes its rate a tax of an amount of {@code amountCurrency} at {@code at}: it is
     * live, auto-applies, has no currency or that one, and {@code at} is in {@code [startDate, endDate)}. (The
     * rate must also be in force; see {@link TaxPrecedence}.)
     */
    public boolean appliesAt(Currency amountCurrency, Instant at) {
        Objects.requireNonNull(amountCurrency, "amountCurrency");
        Objects.requireNonNull(at, "at");
        return isLive() && autoApply && (currency == null || currency.equals(amountCurrency))
                && (startDate == null || !at.isBefore(startDate)) && (endDate == null || at.isBefore(endDate));
    }

    /** Whether it is attached to {@code entity}. */
    public boolean isAttachedTo(TaxEntity entity) {
        return entityType == entity.type() && entityId.equals(entity.id());
    }

    /** The fields a client may change: priority, auto-apply, end date and metadata. */
    public TaxAssociation withDetails(int newPriority, boolean newAutoApply, Instant newEndDate, Metadata newMetadata,
                                      Audit changed) {
        return new TaxAssociation(id, scope, taxRateId, entityType, entityId, newPriority, newAutoApply, currency,
                startDate, newEndDate, newMetadata, status, changed);
    }

    /** Soft delete: the association disappears from reads and never applies again, to any period. */
    public TaxAssociation deleted(Audit changed) {
        return new TaxAssociation(id, scope, taxRateId, entityType, entityId, priority, autoApply, currency,
                startDate, endDate, metadata, Status.DELETED, changed);
    }
}
