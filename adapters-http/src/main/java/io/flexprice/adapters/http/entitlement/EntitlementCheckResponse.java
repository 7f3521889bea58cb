package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.entitlement.AggregatedEntitlement;
import io.flexprice.domain.entitlement.FeatureAccess;
import io.flexprice.ports.in.entitlement.EntitlementCheck;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * The answer of {@code GET /v1/entitlements/check} (an extension): whether the customer may use the feature now
 * ({@code is_allowed}) and how much is left ({@code remaining}, absent when unlimited or not metered), with the
 * usage counted ({@code current_usage}) over {@code [usage_window_start, usage_window_end)}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EntitlementCheckResponse(String customerId, String externalCustomerId, String featureId,
                                       String featureLookupKey, String featureType, boolean isAllowed,
                                       boolean isEnabled, boolean isSoftLimit, boolean isUnlimited,
                                       BigDecimal usageLimit, String currentUsage, String remaining,
                                       String usagePercent, String usageResetPeriod, Instant usageWindowStart,
                                       Instant usageWindowEnd, Instant nextUsageResetAt,
                                       List<AggregatedFeatureResponse.Source> sources) {

    public static EntitlementCheckResponse from(EntitlementCheck check) {
        FeatureAccess access = check.access();
        AggregatedEntitlement e = access.entitlement();
        boolean metered = access.metered();
        BigDecimal remaining = access.remaining();
        return new EntitlementCheckResponse(check.customer().id().value(), check.customer().externalId(),
                check.feature().id().value(), check.feature().lookupKey(), check.feature().type().wireValue(),
                access.allowed(), e.enabled(), e.softLimit(), e.isUnlimited(), metered ? e.usageLimit() : null,
                metered ? access.currentUsage().toPlainString() : null,
                remaining == null ? null : remaining.toPlainString(),
                metered ? access.usagePercent().toPlainString() : null,
                e.usageResetPeriod() == null ? null : e.usageResetPeriod().name(),
                check.window() == null ? null : check.window().period().start(),
                check.window() == null ? null : check.window().period().end(),
                check.window() == null ? null : check.window().nextResetAt(),
                check.sources().stream().map(AggregatedFeatureResponse.Source::from).toList());
    }
}
