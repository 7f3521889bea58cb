package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.PropertyFilter;
import java.time.Instant;
import java.util.List;

/** FlexPrice's {@code dto.MeterResponse}. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeterResponse(String id, String name, String eventName, AggregationResponse aggregation,
                            List<FilterResponse> filters, String resetUsage, String status, String tenantId,
                            String environmentId, Instant createdAt, Instant updatedAt) {

    public static MeterResponse from(Meter meter) {
        return new MeterResponse(meter.id().value(), meter.name(), meter.eventName(),
                AggregationResponse.from(meter.aggregation()),
                meter.filters().stream().map(FilterResponse::from).toList(), meter.resetUsage().name(),
                meter.status().wireValue(), meter.scope().tenantId().value(), meter.scope().environmentId().value(),
                meter.audit().createdAt(), meter.audit().updatedAt());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record FilterResponse(String key, List<String> values) {

        static FilterResponse from(PropertyFilter filter) {
            return new FilterResponse(filter.key(), filter.values());
        }
    }

    /** {@code multiplier} is a decimal string, as FlexPrice writes it. */
    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record AggregationResponse(String type, String field, String multiplier, String bucketSize,
                                      String groupBy) {

        static AggregationResponse from(Aggregation aggregation) {
            return new AggregationResponse(aggregation.type().name(), aggregation.field(),
                    aggregation.multiplier() == null ? null : aggregation.multiplier().toPlainString(),
                    aggregation.bucketSize() == null ? null : aggregation.bucketSize().wireValue(),
                    aggregation.groupBy());
        }
    }
}
