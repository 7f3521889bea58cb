package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/**
 * FlexPrice's {@code dto.GetUsageBySubscriptionRequest}: the current period up to now unless
 * {@code start_time} / {@code end_time} say otherwise. {@code lifetime_usage} is refused.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionUsageRequest(String subscriptionId, String startTime, String endTime,
                                       Boolean lifetimeUsage) {
}
