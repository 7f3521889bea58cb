package io.flexprice.sdk.subscriptions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionChangeExecuteResponse}: a change of plan made (or scheduled for the period
 * end). The subscription keeps its id: {@code oldSubscription} and {@code newSubscription} are its states before
 * and after. {@code subscriptionId} and {@code charges} are extensions of this server.
 *
 * @param subscriptionId the subscription (extension)
 * @param changeType upgrade, downgrade or lateral
 * @param effectiveDate when it takes effect
 * @param isScheduled whether it waits for the period end
 * @param scheduledAt when it will take effect, if scheduled
 * @param scheduleId FlexPrice: the schedule
 * @param oldSubscription the subscription before
 * @param newSubscription the subscription after
 * @param prorationApplied what it credited and charged
 * @param metadata metadata
 * @param charges the lines it settled (extension)
 */
public record SubscriptionChangeResult(String subscriptionId, SubscriptionChangeType changeType, Instant effectiveDate,
                                       Boolean isScheduled, Instant scheduledAt, String scheduleId,
                                       SubscriptionSummary oldSubscription, SubscriptionSummary newSubscription,
                                       ProrationDetails prorationApplied, Map<String, String> metadata,
                                       List<ChargeLine> charges) {

    public SubscriptionChangeResult {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        charges = charges == null ? null : List.copyOf(charges);
    }
}
