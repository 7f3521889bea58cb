package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.feature.FeatureResponse;
import io.flexprice.domain.entitlement.FeatureAccess;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.CustomerUsageSummary;
import io.flexprice.ports.in.entitlement.FindCustomerEntitlementsQuery.FeatureUsage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.CustomerUsageSummaryResponse}. Each feature's {@code current_usage} and
 * {@code usage_percent} are decimal strings ({@code usage_percent} a percentage, 0 to 100 and beyond);
 * {@code total_limit} is absent when unlimited. Extensions: {@code remaining}, {@code is_allowed},
 * {@code usage_window_start} and {@code usage_window_end}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record CustomerUsageSummaryResponse(String customerId, List<Feature> features) {

    public static CustomerUsageSummaryResponse from(CustomerUsageSummary summary) {
        return new CustomerUsageSummaryResponse(summary.customer().id().value(),
                summary.features().stream().map(Feature::from).toList());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Feature(FeatureResponse feature, BigDecimal totalLimit, boolean isUnlimited, String currentUsage,
                          String usagePercent, boolean isEnabled, boolean isSoftLimit, Instant nextUsageResetAt,
                          List<AggregatedFeatureResponse.Source> sources, String remaining, boolean isAllowed,
                          Instant usageWindowStart, Instant usageWindowEnd) {

        static Feature from(FeatureUsage u) {
            FeatureAccess access = u.access();
            var entitlement = access.entitlement();
            BigDecimal remaining = access.remaining();
            return new Feature(AggregatedFeatureResponse.feature(u.entitlement().feature()), entitlement.usageLimit(),
                    entitlement.isUnlimited(), access.currentUsage().toPlainString(),
                    access.usagePercent().toPlainString(), entitlement.enabled(), entitlement.softLimit(),
                    u.window() == null ? null : u.window().nextResetAt(),
                    u.entitlement().sources().stream().map(AggregatedFeatureResponse.Source::from).toList(),
                    remaining == null ? null : remaining.toPlainString(), access.allowed(),
                    u.window() == null ? null : u.window().period().start(),
                    u.window() == null ? null : u.window().period().end());
        }
    }
}
