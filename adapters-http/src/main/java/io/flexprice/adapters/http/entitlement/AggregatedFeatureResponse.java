package io.flexprice.adapters.http.entitlement;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.feature.FeatureResponse;
import io.flexprice.domain.entitlement.AggregatedEntitlement;
import io.flexprice.domain.entitlement.EntitlementSource;
import io.flexprice.domain.entitlement.FeatureEntitlement;
import io.flexprice.domain.feature.Feature;
import io.flexprice.ports.in.feature.ManageFeaturesUseCase.FeatureView;
import java.math.BigDecimal;
import java.util.List;

/** FlexPrice's {@code dto.AggregatedFeature}: the feature, its summed entitlement and the sources summed. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AggregatedFeatureResponse(Aggregated entitlement, FeatureResponse feature, List<Source> sources) {

    public static AggregatedFeatureResponse from(FeatureEntitlement f) {
        return new AggregatedFeatureResponse(Aggregated.from(f.entitlement()), feature(f.feature()),
                f.sources().stream().map(Source::from).toList());
    }

    static FeatureResponse feature(Feature feature) {
        return FeatureResponse.from(new FeatureView(feature, null));
    }

    /** FlexPrice's {@code dto.AggregatedEntitlement}; {@code usage_limit} absent when unlimited. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Aggregated(boolean isEnabled, boolean isSoftLimit, BigDecimal usageLimit, String usageResetPeriod,
                             List<String> staticValues) {

        static Aggregated from(AggregatedEntitlement e) {
            return new Aggregated(e.enabled(), e.softLimit(), e.usageLimit(),
                    e.usageResetPeriod() == null ? null : e.usageResetPeriod().name(),
                    e.staticValues().isEmpty() ? null : e.staticValues());
        }
    }

    /** FlexPrice's {@code dto.EntitlementSource}: {@code entity_type} in lower case, {@code quantity} 1. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record Source(String subscriptionId, String entityId, String entityType, String entityName, int quantity,
                         String entitlementId, boolean isEnabled, BigDecimal usageLimit, String usageResetPeriod,
                         String staticValue) {

        static Source from(EntitlementSource s) {
            var e = s.entitlement();
            return new Source(s.subscriptionId().value(), e.entityId(), e.entityType().sourceWireValue(),
                    s.entityName(), 1, e.id().value(), e.enabled(), e.usageLimit(),
                    e.usageResetPeriod() == null ? null : e.usageResetPeriod().name(), e.staticValue());
        }
    }
}
