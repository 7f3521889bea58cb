package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.WindowSize;
import java.math.BigDecimal;

/**
 * FlexPrice's {@code meter.Aggregation}. {@code multiplier} may be a JSON number or a decimal string
 * (FlexPrice sends a string); {@code bucket_size} is a window size such as {@code HOUR}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record AggregationRequest(String type, String field, BigDecimal multiplier, String bucketSize,
                                 String groupBy) {

    /** The aggregation, with invalid fields reported under {@code <prefix>aggregation.}. */
    Aggregation toAggregation(WireParser wire, String prefix) {
        if (type == null || type.isBlank()) {
            wire.add(prefix + "aggregation.type", "is required");
            return null;
        }
        AggregationType aggregationType = wire.parse(() -> AggregationType.fromWire(type, prefix + "aggregation.type"));
        WindowSize bucket = bucketSize == null || bucketSize.isBlank() ? null
                : wire.parse(() -> WindowSize.fromWire(bucketSize, prefix + "aggregation.bucket_size"));
        if (aggregationType == null) {
            return null;
        }
        return wire.parse(prefix, () -> new Aggregation(aggregationType, field, multiplier, bucket, groupBy));
    }
}
