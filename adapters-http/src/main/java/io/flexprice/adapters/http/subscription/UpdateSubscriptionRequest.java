package io.flexprice.adapters.http.subscription;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.subscription.UpdateSubscriptionCommand;
import java.util.Map;

/**
 * FlexPrice's {@code dto.UpdateSubscriptionRequest}: {@code cancel_at} and {@code cancel_at_period_end}
 * schedule (or, false, clear) a cancellation; {@code lookup_key} and {@code metadata} are extensions. A
 * {@code status} is refused: use the cancel, pause, resume and activate endpoints. {@code parent_subscription_id}
 * is accepted and ignored.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UpdateSubscriptionRequest(String cancelAt, Boolean cancelAtPeriodEnd, String status,
                                        String parentSubscriptionId, String lookupKey,
                                        Map<String, String> metadata) {

    public UpdateSubscriptionCommand toCommand() {
        WireParser wire = new WireParser();
        var at = wire.instant(cancelAt, "cancel_at");
        if (status != null && !status.isBlank()) {
            wire.add("status", "cannot be set here; use the cancel, pause, resume or activate endpoints");
        }
        wire.throwIfInvalid();
        return new UpdateSubscriptionCommand(cancelAtPeriodEnd, at, lookupKey, metadata);
    }
}
