package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.billing.BillingSchedule;
import io.flexprice.domain.billing.PeriodUnit;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.pricing.BillingPeriod;
import java.time.Instant;
import java.time.ZoneId;

/**
 * How a subscription's periods are cut: {@code periodCount} × {@code period}, on the {@code cycle}
 * (anniversary of {@code anchor}, or calendar boundaries), on the wall clock of the customer's {@code zone}.
 * The periods themselves are {@link BillingSchedule}'s.
 */
public record SubscriptionBilling(BillingCycle cycle, Instant anchor, BillingPeriod period, int periodCount,
                                  ZoneId zone) {

    public SubscriptionBilling {
        new Violations()
                .require(cycle != null, "billing_cycle", "is required")
                .require(anchor != null, "billing_anchor", "is required")
                .require(period != null, "billing_period", "is required")
                .require(periodCount >= 1 && periodCount <= BillingSchedule.MAX_COUNT, "billing_period_count",
                        "must be between 1 and " + BillingSchedule.MAX_COUNT)
                .require(zone != null, "customer_timezone", "is required")
                .throwIfAny();
    }

    public BillingSchedule schedule() {
        return new BillingSchedule(PeriodUnit.valueOf(period.name()), periodCount, cycle, anchor, zone);
    }

    /** The same terms anchored at {@code newAnchor}: a cycle that restarts there. */
    public SubscriptionBilling anchoredAt(Instant newAnchor) {
        return new SubscriptionBilling(cycle, newAnchor, period, periodCount, zone);
    }

    /** Whether both cut periods of the same length on the same cycle (anchors aside). */
    public boolean sameTermsAs(SubscriptionBilling other) {
        return cycle == other.cycle && period == other.period && periodCount == other.periodCount;
    }
}
