package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.domain.subscription.SubscriptionPause;
import java.time.Instant;
import java.util.Map;

/** FlexPrice's {@code dto.SubscriptionPauseResponse} / {@code subscription.SubscriptionPause}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionPauseResponse(String id, String subscriptionId, String pauseStatus, String pauseMode,
                                        String resumeMode, Instant pauseStart, Instant pauseEnd, Instant resumedAt,
                                        Instant originalPeriodStart, Instant originalPeriodEnd, String reason,
                                        Map<String, String> metadata, String status, String tenantId,
                                        String environmentId, Instant createdAt, String createdBy,
                                        Instant updatedAt, String updatedBy) {

    public static SubscriptionPauseResponse from(Subscription subscription, SubscriptionPause pause) {
        return new SubscriptionPauseResponse(pause.id().value(), subscription.id().value(),
                pause.pauseStatus().wireValue(), pause.pauseMode().wireValue(),
                pause.resumeMode() == null ? null : pause.resumeMode().wireValue(), pause.pauseStart(),
                pause.pauseEnd(), pause.resumedAt(), pause.originalPeriodStart(), pause.originalPeriodEnd(),
                pause.reason(), pause.metadata().values(), "published", subscription.scope().tenantId().value(),
                subscription.scope().environmentId().value(), pause.audit().createdAt(), pause.audit().createdBy(),
                pause.audit().updatedAt(), pause.audit().updatedBy());
    }
}
