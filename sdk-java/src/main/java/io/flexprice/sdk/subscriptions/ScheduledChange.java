package io.flexprice.sdk.subscriptions;

import java.time.Instant;

/**
 * A plan change waiting for the end of the period (an extension of this server).
 *
 * @param targetPlanId the plan the subscription moves to
 * @param effectiveAt when
 * @param changeType upgrade, downgrade or lateral
 */
public record ScheduledChange(String targetPlanId, Instant effectiveAt, SubscriptionChangeType changeType) {


}
