package io.flexprice.ports.in.subscription;

import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.ProrationBehavior;

/**
 * A plan change (FlexPrice's {@code dto.SubscriptionChangeRequest}): the target plan and the billing terms the
 * subscription takes with it. {@code changeAt} null means now for an upgrade or lateral change and the period
 * end for a downgrade.
 */
public record ChangePlanCommand(String targetPlanId, BillingCycle billingCycle, BillingPeriod billingPeriod,
                                Integer billingPeriodCount, ChangeTiming changeAt,
                                ProrationBehavior prorationBehavior) {
}
