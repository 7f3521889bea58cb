package io.flexprice.domain.coupon;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Metadata;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;
import java.util.Objects;

/**
 * A coupon attached to a subscription (FlexPrice's coupon association): it gives its discount to the
 * subscription's invoices, or to one line item's when {@code subscriptionLineItemId} is set, from
 * {@code startDate} until {@code endDate} (exclusive; open when absent). Attaching is a redemption of the
 * coupon. Which periods of that time get the discount is the coupon's cadence
 * ({@link Coupon#appliesInPeriod}).
 *
 * <p>The subscription is named by its id as text, so this record does not depend on the subscription model.
 */
public record CouponAssociation(CouponAssociationId id, Scope scope, CouponId couponId, String subscriptionId,
                                String subscriptionLineItemId, Instant startDate, Instant endDate, Metadata metadata,
                                Status status, Audit audit) {

    public CouponAssociation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        metadata = metadata == null ? Metadata.EMPTY : metadata;
        subscriptionLineItemId = subscriptionLineItemId == null || subscriptionLineItemId.isBlank() ? null
                : subscriptionLineItemId;
        new Violations()
                .require(couponId != null, "coupon_id", "is required")
                .requireText(subscriptionId, "subscription_id")
                .maxLength(subscriptionId, 255, "subscription_id")
                .maxLength(subscriptionLineItemId, 255, "subscription_line_item_id")
                .require(startDate != null, "start_date", "is required")
                .require(startDate == null || endDate == null || startDate.isBefore(endDate), "end_date",
                        "must be after start_date")
                .throwIfAny();
    }

    public boolean isLive() {
        return status != Status.DELETED;
    }

    /** Whether the association is live and {@code at} is in {@code [startDate, endDate)}. */
    public boolean isActiveAt(Instant at) {
        Objects.requireNonNull(at, "at");
        return isLive() && !at.isBefore(startDate) && (endDate == null || at.isBefore(endDate));
    }

    /** The association ending at {@code at} (the coupon stops applying from then on). */
    public CouponAssociation endedAt(Instant at, Audit changed) {
        return new CouponAssociation(id, scope, couponId, subscriptionId, subscriptionLineItemId, startDate, at,
                metadata, status, changed);
    }

    public CouponAssociation deleted(Audit changed) {
        return new CouponAssociation(id, scope, couponId, subscriptionId, subscriptionLineItemId, startDate, endDate,
                metadata, Status.DELETED, changed);
    }
}
