package io.flexprice.sdk.subscriptions;

import java.time.Instant;

/**
 * FlexPrice's {@code dto.SubscriptionSummary}: a subscription before or after a change.
 *
 * @param id the subscription's id
 * @param planId its plan
 * @param status its status
 * @param billingAnchor the instant the periods are laid from
 * @param currentPeriodStart the current period's start
 * @param currentPeriodEnd the current period's end
 * @param createdAt when created
 * @param archivedAt FlexPrice: when archived
 */
public record SubscriptionSummary(String id, String planId, SubscriptionStatus status, Instant billingAnchor,
                                  Instant currentPeriodStart, Instant currentPeriodEnd, Instant createdAt,
                                  Instant archivedAt) {


}
