package io.flexprice.ports.in.metering;

/** Usage counted by the meter {@code meterId}. */
public record MeterUsageRequest(String meterId, UsageWindow window) {
}
