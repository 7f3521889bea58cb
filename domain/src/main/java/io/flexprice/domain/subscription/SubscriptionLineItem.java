package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.pricing.InvoiceCadence;
import io.flexprice.domain.pricing.ListedPrice;
import io.flexprice.domain.pricing.Price;
import io.flexprice.domain.pricing.PriceId;
import io.flexprice.domain.pricing.PriceType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * One charge of a subscription: a snapshot of a price taken when the line was created (its {@link Price}
 * terms, with the subscription's overrides applied, its id, meter and display name), so that editing or
 * deleting the price later changes nothing here. {@code entityType} and {@code entityId} say where it comes
 * from (the plan, an addon, the subscription itself).
 *
 * <p>A line is in force over {@code [startDate, endDate)}; {@code endDate} null means until the subscription
 * ends. Ending a line (a deleted line, a plan change) sets its end date; changing one ends it and starts a
 * new line. {@code audit} is the line's own: when and by whom it was added (a line of a new subscription is
 * added with it). {@code quantity} is the number of units a FIXED line charges (by default 1, or the price's
 * {@code min_quantity} if larger; seats); a USAGE line charges its meter's usage and holds 0.
 */
public record SubscriptionLineItem(SubscriptionLineItemId id, LineItemEntityType entityType, String entityId,
                                   PriceId priceId, MeterId meterId, String displayName, BigDecimal quantity,
                                   Price terms, Instant startDate, Instant endDate, Metadata metadata,
                                   Audit audit) {

    public SubscriptionLineItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(priceId, "priceId");
        Objects.requireNonNull(terms, "terms");
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        quantity = quantity != null ? quantity : terms.type() == PriceType.USAGE ? BigDecimal.ZERO
                : terms.minQuantity() != null && terms.minQuantity().compareTo(BigDecimal.ONE) > 0 ? terms.minQuantity()
                : BigDecimal.ONE;
        new Violations()
                .require(entityType != null, "entity_type", "is required")
                .requireText(entityId, "entity_id")
                .require(quantity.signum() >= 0, "quantity", "must not be negative")
                .require(terms.type() != PriceType.USAGE || meterId != null, "meter_id", "is required for USAGE prices")
                .require(terms.minQuantity() == null || terms.type() != PriceType.FIXED
                        || quantity.compareTo(terms.minQuantity()) >= 0, "quantity",
                        "must be at least the price's min_quantity " + terms.minQuantity())
                .require(endDate == null || endDate.isAfter(startDate), "end_date", "must be after start_date")
                .maxLength(displayName, 255, "display_name")
                .throwIfAny();
    }

    /**
     * Whether a price can be a line of a subscription in {@code currency} billed every {@code count} ×
     * {@code period} (FlexPrice's rule for the plan prices a subscription takes): the same currency, and a
     * recurring price on the same billing period. One-time prices are taken whatever their period.
     */
    public static boolean isEligible(Price terms, Currency currency, BillingPeriod period, int count) {
        return terms.currency().equals(currency) && (terms.billingCadence() == BillingCadence.ONETIME
                || terms.billingPeriod() == period && terms.billingPeriodCount() == count);
    }

    /**
     * A new line snapshotting {@code price}: its terms with {@code override} applied (null for none), its id,
     * meter and display name.
     *
     * @throws io.flexprice.domain.common.ValidationException if the overridden terms or the quantity are invalid
     */
    public static SubscriptionLineItem snapshot(SubscriptionLineItemId id, LineItemEntityType entityType,
                                                String entityId, ListedPrice price, PriceOverride override,
                                                BigDecimal quantity, Instant startDate, Instant endDate,
                                                Metadata metadata, Audit audit) {
        Price terms = override == null ? price.terms() : override.applyTo(price.terms());
        return new SubscriptionLineItem(id, entityType, entityId, price.id(), price.meterId(), price.displayName(),
                quantity, terms, startDate, endDate, metadata, audit);
    }

    /** This line under another display name. */
    public SubscriptionLineItem withDisplayName(String name) {
        return new SubscriptionLineItem(id, entityType, entityId, priceId, meterId, name, quantity, terms, startDate,
                endDate, metadata, audit);
    }

    /**
     * This line with other terms, from {@code from}: what a line item update puts in place of the line.
     *
     * @param created the new line's audit: the update's instant and caller
     */
    public SubscriptionLineItem replacement(SubscriptionLineItemId newId, Price newTerms, BigDecimal newQuantity,
                                            Instant from, Metadata newMetadata, Audit created) {
        return new SubscriptionLineItem(newId, entityType, entityId, priceId, meterId, displayName,
                newQuantity != null ? newQuantity : quantity, newTerms, from, endDate,
                newMetadata != null ? newMetadata : metadata, created);
    }

    SubscriptionLineItem withStart(Instant newStart) {
        return new SubscriptionLineItem(id, entityType, entityId, priceId, meterId, displayName, quantity, terms,
                newStart, endDate != null && !endDate.isAfter(newStart) ? null : endDate, metadata, audit);
    }

    public boolean isFixed() {
        return terms.type() == PriceType.FIXED;
    }

    public boolean isUsage() {
        return terms.type() == PriceType.USAGE;
    }

    public boolean isRecurring() {
        return terms.billingCadence() == BillingCadence.RECURRING;
    }

    public InvoiceCadence invoiceCadence() {
        return terms.invoiceCadence();
    }

    /** Whether the line is in force at {@code instant}. */
    public boolean isActiveAt(Instant instant) {
        return !instant.isBefore(startDate) && (endDate == null || instant.isBefore(endDate));
    }

    /** The part of {@code period} in which the line is in force, if any. */
    public Optional<Period> activeWithin(Period period) {
        Instant from = startDate.isAfter(period.start()) ? startDate : period.start();
        Instant to = endDate == null || endDate.isAfter(period.end()) ? period.end() : endDate;
        return from.isBefore(to) ? Optional.of(new Period(from, to)) : Optional.empty();
    }

    /** This line ending at {@code at}; a line that ends earlier, or starts at or after {@code at}, is unchanged. */
    public SubscriptionLineItem endedAt(Instant at) {
        if (endDate != null && !endDate.isAfter(at) || !at.isAfter(startDate)) {
            return this;
        }
        return new SubscriptionLineItem(id, entityType, entityId, priceId, meterId, displayName, quantity, terms,
                startDate, at, metadata, audit);
    }

    /** Whether the line never comes into force: it ends where it starts or was ended before starting. */
    public boolean startsAtOrAfter(Instant at) {
        return !startDate.isBefore(at);
    }
}
