package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.metering.UsageAnalyticsRequest;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetUsageAnalyticsRequest} ({@code POST /v1/events/analytics}). {@code group_by} may only
 * name {@code feature_id} (the items are per feature already); {@code sources} and {@code property_filters} are
 * refused with a 400 naming them; {@code expand} is accepted and ignored. Extension: {@code timezone} for the
 * windows (default UTC).
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UsageAnalyticsRequestBody(String externalCustomerId, String startTime, String endTime,
                                        List<String> featureIds, List<String> groupBy, List<String> sources,
                                        Map<String, List<String>> propertyFilters, String windowSize,
                                        List<String> expand, String timezone) {

    public UsageAnalyticsRequest toRequest() {
        WireParser wire = new WireParser();
        Instant start = wire.instant(startTime, "start_time");
        Instant end = wire.instant(endTime, "end_time");
        WindowSize window = wire.windowSize(windowSize, "window_size");
        ZoneId zone = wire.zone(timezone, "timezone");
        if (groupBy != null) {
            for (int i = 0; i < groupBy.size(); i++) {
                if (!"feature_id".equals(groupBy.get(i))) {
                    wire.add("group_by[" + i + "]", "only feature_id is supported");
                }
            }
        }
        if (sources != null && !sources.isEmpty()) {
            wire.add("sources", "is not supported");
        }
        if (propertyFilters != null && !propertyFilters.isEmpty()) {
            wire.add("property_filters", "is not supported");
        }
        UsageAnalyticsRequest request = wire.parse(() -> new UsageAnalyticsRequest(externalCustomerId, start, end,
                WireParser.list(featureIds), window, zone));
        wire.throwIfInvalid();
        return request;
    }
}
