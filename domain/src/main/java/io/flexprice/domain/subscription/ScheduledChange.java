package io.flexprice.domain.subscription;

import io.flexprice.domain.plan.PlanId;
import java.time.Instant;
import java.util.Objects;

/**
 * A plan change that takes effect at a period end (a downgrade, by default). Its line items are already on
 * the subscription, starting at {@code effectiveAt}, and the old plan's end there; at that boundary the
 * subscription takes {@code targetPlanId} and {@code billing}.
 */
public record ScheduledChange(PlanId targetPlanId, Instant effectiveAt, SubscriptionBilling billing,
                              ChangeType changeType) {

    public ScheduledChange {
        Objects.requireNonNull(targetPlanId, "targetPlanId");
        Objects.requireNonNull(effectiveAt, "effectiveAt");
        Objects.requireNonNull(billing, "billing");
        Objects.requireNonNull(changeType, "changeType");
    }
}
