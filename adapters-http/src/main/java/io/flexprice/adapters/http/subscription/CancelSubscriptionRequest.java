package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.subscription.CancellationType;
import io.flexprice.domain.subscription.ProrationBehavior;
import io.flexprice.ports.in.subscription.CancelSubscriptionCommand;

/**
 * FlexPrice's {@code dto.CancelSubscriptionRequest} (its field {@code cancel_immediately_inovice_policy} spelt as
 * FlexPrice spells it, accepted and ignored: invoices are the billing loop's).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CancelSubscriptionRequest(String cancellationType, String prorationBehavior, String reason,
                                        String cancelImmediatelyInovicePolicy) {

    public CancelSubscriptionCommand toCommand() {
        WireParser wire = new WireParser();
        if (cancellationType == null || cancellationType.isBlank()) {
            wire.add("cancellation_type", "is required");
        }
        CancellationType type = SubscriptionWire.wireEnum(wire, "", cancellationType, CancellationType::fromWire);
        ProrationBehavior proration = SubscriptionWire.wireEnum(wire, "", prorationBehavior,
                ProrationBehavior::fromWire);
        wire.throwIfInvalid();
        return new CancelSubscriptionCommand(type, proration, reason);
    }
}
