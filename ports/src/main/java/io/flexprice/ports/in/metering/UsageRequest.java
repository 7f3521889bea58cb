package io.flexprice.ports.in.metering;

import io.flexprice.domain.metering.Aggregation;

/** Usage of {@code eventName} aggregated as {@code aggregation}. */
public record UsageRequest(String eventName, Aggregation aggregation, UsageWindow window) {
}
