package io.flexprice.adapters.http.feature;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.ports.in.feature.MeterSpec;
import java.util.List;

/** FlexPrice's {@code dto.CreateMeterRequest}, as a metered feature describes its meter inline. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record MeterRequest(String name, String eventName, AggregationRequest aggregation,
                           List<FilterRequest> filters, String resetUsage) {

    /** The meter spec; invalid fields are reported under {@code meter.}. */
    MeterSpec toSpec(WireParser wire) {
        String prefix = "meter.";
        Aggregation parsedAggregation = null;
        if (aggregation == null) {
            wire.add(prefix + "aggregation", "is required");
        } else {
            parsedAggregation = aggregation.toAggregation(wire, prefix);
        }
        List<PropertyFilter> parsedFilters = FilterRequest.toFilters(filters, wire, prefix);
        ResetUsage reset = resetUsage == null || resetUsage.isBlank() ? null
                : wire.parse(prefix, () -> ResetUsage.fromWire(resetUsage));
        return new MeterSpec(name, eventName, parsedAggregation, parsedFilters, reset);
    }
}
