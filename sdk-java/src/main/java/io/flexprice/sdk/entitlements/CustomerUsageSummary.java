package io.flexprice.sdk.entitlements;

import com.fasterxml.jackson.annotation.JsonFormat;
import io.flexprice.sdk.features.Feature;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.CustomerUsageSummaryResponse}: each entitled feature's usage against its limit.
 * {@code remaining}, {@code isAllowed} and the usage window are this server's extensions.
 *
 * @param customerId the customer
 * @param features one per feature
 */
public record CustomerUsageSummary(String customerId, List<FeatureUsage> features) {

    public CustomerUsageSummary {
        features = features == null ? List.of() : List.copyOf(features);
    }

    /**
     * One feature's usage.
     *
     * @param feature the feature
     * @param totalLimit the limits summed; null: unlimited
     * @param isUnlimited whether there is no limit
     * @param currentUsage the usage counted
     * @param usagePercent usage over the limit, in percent
     * @param isEnabled whether it is granted
     * @param isSoftLimit whether usage beyond the limit is allowed
     * @param nextUsageResetAt when usage next counts from zero
     * @param sources the entitlements granting it
     * @param remaining what is left
     * @param isAllowed whether the customer may use it now
     * @param usageWindowStart the window counted: its start
     * @param usageWindowEnd its end (exclusive)
     */
    public record FeatureUsage(Feature feature, BigDecimal totalLimit, boolean isUnlimited,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal currentUsage,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal usagePercent,
                               boolean isEnabled, boolean isSoftLimit, Instant nextUsageResetAt,
                               List<EntitlementSource> sources,
                               @JsonFormat(shape = JsonFormat.Shape.STRING) BigDecimal remaining, boolean isAllowed,
                               Instant usageWindowStart, Instant usageWindowEnd) {

        public FeatureUsage {
            sources = sources == null ? List.of() : List.copyOf(sources);
        }
    }
}
