package io.flexprice.ports.in.metering;

import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.WindowSize;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;

/**
 * One customer's usage analytics ({@code POST /v1/events/analytics}): the customer by external id (required), the
 * half-open range {@code [start, end)} (null: the last 7 days up to now), some features (empty: all), optionally per
 * window ({@code windowSize} in {@code zone}, null: none).
 */
public record UsageAnalyticsRequest(String externalCustomerId, Instant start, Instant end, List<String> featureIds,
                                    WindowSize windowSize, ZoneId zone) {

    public UsageAnalyticsRequest {
        featureIds = featureIds == null ? List.of() : List.copyOf(featureIds);
        zone = zone == null ? ZoneId.of("UTC") : zone;
        new Violations()
                .require(externalCustomerId != null && !externalCustomerId.isBlank(), "external_customer_id",
                        "is required")
                .require(start == null || end == null || start.isBefore(end), "end_time", "must be after start_time")
                .throwIfAny();
    }
}
