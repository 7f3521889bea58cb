package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.Subscription;
import io.flexprice.ports.in.subscription.ManageSubscriptionsUseCase.PlanChange;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.SubscriptionChangePreviewResponse} and {@code dto.SubscriptionChangeExecuteResponse}
 * in one record (each uses its fields; the others stay absent). The subscription keeps its id through a change:
 * {@code old_subscription} and {@code new_subscription} are its states before and after. Extension:
 * {@code charges}, the lines the change settles now.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionChangeResponse(String subscriptionId, String changeType, Instant effectiveDate,
                                         PlanSummary currentPlan, PlanSummary targetPlan,
                                         BillingCycleInfo newBillingCycle, ProrationDetailsResponse prorationDetails,
                                         ProrationDetailsResponse prorationApplied, Boolean isScheduled,
                                         Instant scheduledAt, SubscriptionSummary oldSubscription,
                                         SubscriptionSummary newSubscription, List<String> warnings,
                                         List<ChargeLineResponse> charges) {

    static SubscriptionChangeResponse preview(PlanChange change) {
        return new SubscriptionChangeResponse(change.before().id().value(), change.type().wireValue(),
                change.effectiveDate(), new PlanSummary(change.before().planId().value()),
                new PlanSummary(change.after().scheduledChange() != null
                        ? change.after().scheduledChange().targetPlanId().value() : change.after().planId().value()),
                BillingCycleInfo.of(change.after()), details(change), null, null, null, null, null, List.of(),
                charges(change));
    }

    static SubscriptionChangeResponse executed(PlanChange change) {
        boolean scheduled = change.timing() == ChangeTiming.END_OF_PERIOD;
        return new SubscriptionChangeResponse(change.before().id().value(), change.type().wireValue(),
                change.effectiveDate(), null, null, null, null, details(change), scheduled,
                scheduled ? change.effectiveDate() : null, SubscriptionSummary.of(change.before()),
                SubscriptionSummary.of(change.after()), null, charges(change));
    }

    private static ProrationDetailsResponse details(PlanChange change) {
        return ProrationDetailsResponse.from(change.before(), change.effectiveDate(), change.charges());
    }

    private static List<ChargeLineResponse> charges(PlanChange change) {
        return change.charges().stream().map(ChargeLineResponse::from).toList();
    }

    /** FlexPrice's {@code dto.PlanSummary}, with the id only. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record PlanSummary(String id) {
    }

    /** FlexPrice's {@code dto.BillingCycleInfo}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record BillingCycleInfo(Instant billingAnchor, String billingCadence, String billingPeriod,
                                   int billingPeriodCount, Instant periodStart, Instant periodEnd) {

        static BillingCycleInfo of(Subscription after) {
            var billing = after.scheduledChange() != null ? after.scheduledChange().billing() : after.billing();
            return new BillingCycleInfo(billing.anchor(), "RECURRING", billing.period().name(), billing.periodCount(),
                    after.currentPeriod().start(), after.currentPeriod().end());
        }
    }

    /** FlexPrice's {@code dto.SubscriptionSummary}. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record SubscriptionSummary(String id, String planId, String status, Instant billingAnchor,
                                      Instant currentPeriodStart, Instant currentPeriodEnd, Instant createdAt) {

        static SubscriptionSummary of(Subscription s) {
            return new SubscriptionSummary(s.id().value(), s.planId().value(), s.subscriptionStatus().wireValue(),
                    s.billing().anchor(), s.currentPeriod().start(), s.currentPeriod().end(), s.audit().createdAt());
        }
    }
}
