package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.billing.BillingCycle;
import io.flexprice.domain.pricing.BillingCadence;
import io.flexprice.domain.pricing.BillingPeriod;
import io.flexprice.domain.subscription.ChangeTiming;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.ports.in.subscription.ChangePlanCommand;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionChangeRequest}. FlexPrice requires the billing fields; here absent ones keep
 * the subscription's. {@code change_at} absent: now for an upgrade, the period end for a downgrade.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record SubscriptionChangeRequest(String targetPlanId, String billingCadence, String billingCycle,
                                        String billingPeriod, Integer billingPeriodCount, String changeAt,
                                        String prorationBehavior, Map<String, String> metadata) {

    public ChangePlanCommand toCommand() {
        WireParser wire = new WireParser();
        if (targetPlanId == null || targetPlanId.isBlank()) {
            wire.add("target_plan_id", "is required");
        }
        BillingCadence cadence = SubscriptionWire.wireEnum(wire, "", billingCadence, BillingCadence::fromWire);
        if (cadence == BillingCadence.ONETIME) {
            wire.add("billing_cadence", "must be RECURRING");
        }
        BillingCycle cycle = billingCycle == null || billingCycle.isBlank() ? null
                : CreateSubscriptionRequest.cycle(wire, billingCycle);
        BillingPeriod period = SubscriptionWire.wireEnum(wire, "", billingPeriod, BillingPeriod::fromWire);
        ChangeTiming timing = SubscriptionWire.wireEnum(wire, "", changeAt, ChangeTiming::fromWire);
        ProrationBehavior proration = SubscriptionWire.wireEnum(wire, "", prorationBehavior,
                ProrationBehavior::fromWire);
        if (billingPeriodCount != null && billingPeriodCount < 1) {
            wire.add("billing_period_count", "must be at least 1");
        }
        wire.throwIfInvalid();
        return new ChangePlanCommand(targetPlanId, cycle, period, billingPeriodCount, timing, proration);
    }
}
