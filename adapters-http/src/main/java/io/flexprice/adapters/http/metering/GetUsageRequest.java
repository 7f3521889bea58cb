package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.metering.UsageRequest;
import io.flexprice.ports.in.metering.UsageWindow;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetUsageRequest}, plus our {@code timezone} (an IANA name for the windows;
 * defaults to the customer's, then UTC). {@code multiplier} may be a number or a decimal string.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GetUsageRequest(String eventName, String aggregationType, String propertyName, BigDecimal multiplier,
                              String bucketSize, String groupByProperty, Map<String, List<String>> filters,
                              String customerId, String externalCustomerId, String startTime, String endTime,
                              String windowSize, String billingAnchor, String timezone) {

    /** The domain names the aggregation's fields after the meter; this request names them its own way. */
    private static final Map<String, String> WIRE_NAMES = Map.of(
            "aggregation.type", "aggregation_type",
            "aggregation.field", "property_name",
            "aggregation.multiplier", "multiplier",
            "aggregation.bucket_size", "bucket_size",
            "aggregation.group_by", "group_by_property");

    public UsageRequest toRequest() {
        WireParser wire = new WireParser();
        Aggregation aggregation = null;
        if (aggregationType == null || aggregationType.isBlank()) {
            wire.add("aggregation_type", "is required");
        } else {
            AggregationType type = wire.parse(() -> AggregationType.fromWire(aggregationType.trim(), "aggregation_type"));
            WindowSize bucket = wire.windowSize(bucketSize, "bucket_size");
            if (type != null) {
                aggregation = wire.parse(field -> WIRE_NAMES.getOrDefault(field, field),
                        () -> new Aggregation(type, propertyName, multiplier, bucket, groupByProperty));
            }
        }
        UsageWindow window = UsageWindows.parse(wire, customerId, externalCustomerId, startTime, endTime, windowSize,
                timezone, billingAnchor, filters);
        wire.throwIfInvalid();
        return new UsageRequest(eventName, aggregation, window);
    }
}
