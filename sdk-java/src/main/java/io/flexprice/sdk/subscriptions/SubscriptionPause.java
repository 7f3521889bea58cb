package io.flexprice.sdk.subscriptions;

import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionPauseResponse}: one pause of a subscription.
 *
 * @param id the pause's id
 * @param subscriptionId the subscription
 * @param pauseStatus scheduled, active, completed or cancelled
 * @param pauseMode how it started
 * @param resumeMode how it ended, once it did
 * @param pauseStart when it starts
 * @param pauseEnd when it ends by itself, or null for open
 * @param resumedAt when it was resumed
 * @param originalPeriodStart the period it interrupted: its start
 * @param originalPeriodEnd the period it interrupted: its end
 * @param reason why
 * @param metadata your key/value pairs
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param createdBy who created it
 * @param updatedAt when last changed
 * @param updatedBy who last changed it
 */
public record SubscriptionPause(String id, String subscriptionId, PauseStatus pauseStatus, PauseMode pauseMode,
                                ResumeMode resumeMode, Instant pauseStart, Instant pauseEnd, Instant resumedAt,
                                Instant originalPeriodStart, Instant originalPeriodEnd, String reason,
                                Map<String, String> metadata, Status status, String tenantId, String environmentId,
                                Instant createdAt, String createdBy, Instant updatedAt, String updatedBy) {

    public SubscriptionPause {
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
    }
}
