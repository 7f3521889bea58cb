package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.pricing.Decimals;
import io.flexprice.domain.subscription.ScheduledChange;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.in.subscription.LineItemNames;
import io.flexprice.domain.subscription.SubscriptionPause;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionResponse} (also served as {@code dto.SubscriptionResponseV2}): the
 * subscription as it stands now, with its line items and pauses. {@code billing_cadence} is always RECURRING.
 * Extension: {@code scheduled_change}, a plan change waiting for the period end.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionResponse(String id, String customerId, String planId, String lookupKey,
                                   String subscriptionStatus, String currency, Instant billingAnchor,
                                   String billingCadence, String billingCycle, String billingPeriod,
                                   int billingPeriodCount, String customerTimezone, Instant startDate,
                                   Instant endDate, Instant trialStart, Instant trialEnd, Instant currentPeriodStart,
                                   Instant currentPeriodEnd, boolean cancelAtPeriodEnd, Instant cancelAt,
                                   Instant cancelledAt, String commitmentAmount, String overageFactor,
                                   boolean enableTrueUp, String prorationBehavior, String pauseStatus,
                                   String activePauseId, List<SubscriptionPauseResponse> pauses,
                                   List<SubscriptionLineItemResponse> lineItems, ScheduledChangeResponse scheduledChange,
                                   Map<String, String> metadata, String status, String tenantId,
                                   String environmentId, Instant createdAt, String createdBy, Instant updatedAt,
                                   String updatedBy) {

    public static SubscriptionResponse from(Subscription s) {
        return from(s, LineItemNames.NONE);
    }

    /** With the line items' {@code plan_display_name} and {@code meter_display_name} from {@code names}. */
    public static SubscriptionResponse from(Subscription s, LineItemNames names) {
        return new SubscriptionResponse(s.id().value(), s.customerId().value(), s.planId().value(), s.lookupKey(),
                s.subscriptionStatus().wireValue(), s.currency().getCurrencyCode().toLowerCase(Locale.ROOT),
                s.billing().anchor(), "RECURRING", s.billing().cycle().name().toLowerCase(Locale.ROOT),
                s.billing().period().name(), s.billing().periodCount(), s.billing().zone().getId(), s.startDate(),
                s.endDate(), s.trialStart(), s.trialEnd(), s.currentPeriod().start(), s.currentPeriod().end(),
                s.cancelAtPeriodEnd(), s.cancelAt(), s.cancelledAt(), Decimals.format(s.commitment().amount()),
                Decimals.format(s.commitment().overageFactor()), s.commitment().trueUp(),
                s.prorationBehavior().wireValue(), s.pauseStatus().wireValue(),
                s.openPause().map(p -> p.id().value()).orElse(null),
                s.pauses().stream().map((SubscriptionPause p) -> SubscriptionPauseResponse.from(s, p)).toList(),
                s.lineItems().stream().map(line -> SubscriptionLineItemResponse.from(s, line, names)).toList(),
                ScheduledChangeResponse.from(s.scheduledChange()), s.metadata().values(), s.status().wireValue(),
                s.scope().tenantId().value(), s.scope().environmentId().value(), s.audit().createdAt(),
                s.audit().createdBy(), s.audit().updatedAt(), s.audit().updatedBy());
    }

    /** Extension: a plan change scheduled for {@code effective_at}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record ScheduledChangeResponse(String targetPlanId, Instant effectiveAt, String changeType) {

        static ScheduledChangeResponse from(ScheduledChange change) {
            return change == null ? null : new ScheduledChangeResponse(change.targetPlanId().value(),
                    change.effectiveAt(), change.changeType().wireValue());
        }
    }
}
