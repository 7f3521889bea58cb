package io.flexprice.sdk.entitlements;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of this server's {@code GET /v1/entitlements/check} (an extension): whether the customer may use the
 * feature now, and how much is left.
 *
 * @param customerId the customer
 * @param externalCustomerId its id of yours
 * @param featureId the feature
 * @param featureLookupKey its lookup key
 * @param featureType metered, boolean or static
 * @param isAllowed whether the customer may use it now
 * @param isEnabled whether any entitlement grants it
 * @param isSoftLimit whether usage beyond the limit is allowed
 * @param isUnlimited whether there is no limit
 * @param usageLimit the limit (a number)
 * @param currentUsage the usage counted over the window
 * @param remaining what is left; null when unlimited or not metered
 * @param usagePercent usage over the limit, in percent
 * @param usageResetPeriod when usage counts again from zero
 * @param usageWindowStart the window's start
 * @param usageWindowEnd the window's end (exclusive)
 * @param nextUsageResetAt when the usage next counts from zero
 * @param sources the entitlements granting it
 */
public record EntitlementCheck(String customerId, String externalCustomerId, String featureId,
                               String featureLookupKey, String featureType, boolean isAllowed, boolean isEnabled,
                               boolean isSoftLimit, boolean isUnlimited, BigDecimal usageLimit,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentUsage,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal remaining,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal usagePercent,
                               String usageResetPeriod, Instant usageWindowStart, Instant usageWindowEnd,
                               Instant nextUsageResetAt, List<EntitlementSource> sources) {

    public EntitlementCheck {
        sources = sources == null ? List.of() : List.copyOf(sources);
    }
}
