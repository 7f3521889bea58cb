package io.flexprice.ports.in.costsheet;

import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.WindowSize;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Currency;
import java.util.List;

/**
 * What to analyse: the half-open range {@code [start, end)} (null: the last 7 days up to now, as FlexPrice
 * does), one customer by external id or a page of the environment's customers ({@code customers}), some
 * features (empty: all), optionally per window ({@code windowSize} in {@code zone}, null: none), in one
 * {@code currency} (null: the currency of the active costsheet's first usage price, else USD).
 */
public record CostAnalyticsRequest(Instant start, Instant end, String externalCustomerId, List<String> featureIds,
                                   WindowSize windowSize, ZoneId zone, Currency currency, PageRequest customers) {

    /** The most windows one analysis computes. */
    public static final int MAX_WINDOWS = 400;

    public CostAnalyticsRequest {
        featureIds = featureIds == null ? List.of() : List.copyOf(featureIds);
        externalCustomerId = externalCustomerId == null || externalCustomerId.isBlank() ? null : externalCustomerId;
        zone = zone == null ? ZoneId.of("UTC") : zone;
        customers = customers == null ? PageRequest.first(50) : customers;
        new Violations()
                .require(start == null || end == null || start.isBefore(end), "end_time", "must be after start_time")
                .throwIfAny();
    }
}
