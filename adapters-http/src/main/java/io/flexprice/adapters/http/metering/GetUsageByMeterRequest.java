package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.metering.MeterUsageRequest;
import io.flexprice.ports.in.metering.UsageWindow;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetUsageByMeterRequest}, plus our {@code timezone}. The meter's own
 * aggregation applies, so {@code bucket_size} is accepted and ignored; {@code filters} narrow the
 * meter's filters.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GetUsageByMeterRequest(String meterId, String customerId, String externalCustomerId,
                                     String startTime, String endTime, String windowSize, String billingAnchor,
                                     Map<String, List<String>> filters, String timezone) {

    public MeterUsageRequest toRequest() {
        WireParser wire = new WireParser();
        if (meterId == null || meterId.isBlank()) {
            wire.add("meter_id", "is required");
        }
        UsageWindow window = UsageWindows.parse(wire, customerId, externalCustomerId, startTime, endTime, windowSize,
                timezone, billingAnchor, filters);
        wire.throwIfInvalid();
        return new MeterUsageRequest(meterId, window);
    }
}
