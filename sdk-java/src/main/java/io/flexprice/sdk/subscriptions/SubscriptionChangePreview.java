package io.flexprice.sdk.subscriptions;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.SubscriptionChangePreviewResponse}: what a change of plan would do, changing nothing.
 * {@code charges} is an extension of this server: the lines the change would settle.
 *
 * @param subscriptionId the subscription
 * @param changeType upgrade, downgrade or lateral
 * @param effectiveDate when it would take effect
 * @param currentPlan the plan now
 * @param targetPlan the plan after
 * @param newBillingCycle the billing after
 * @param prorationDetails what it would credit and charge
 * @param warnings warnings
 * @param metadata metadata
 * @param charges the lines it would settle (extension)
 */
public record SubscriptionChangePreview(String subscriptionId, SubscriptionChangeType changeType, Instant effectiveDate,
                                        PlanSummary currentPlan, PlanSummary targetPlan,
                                        BillingCycleInfo newBillingCycle, ProrationDetails prorationDetails,
                                        List<String> warnings, Map<String, String> metadata, List<ChargeLine> charges) {

    public SubscriptionChangePreview {
        warnings = warnings == null ? null : List.copyOf(warnings);
        metadata = metadata == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        charges = charges == null ? null : List.copyOf(charges);
    }
}
