package io.flexprice.bootstrap.config;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What one process of the application runs; chosen by {@code deployment.mode}. */
public enum DeploymentMode {
    /** API, event processing and workflows in one process. */
    LOCAL,
    /** The HTTP API only; publishes events to Kafka. */
    API,
    /** Kafka consumer groups only. */
    CONSUMER,
    /** Temporal workers only. */
    TEMPORAL_WORKER;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static String allowedValues() {
        return Arrays.stream(values()).map(DeploymentMode::wireValue).collect(Collectors.joining(", "));
    }

    public static DeploymentMode fromWire(String value) {
        for (DeploymentMode mode : values()) {
            if (mode.wireValue().equals(value == null ? null : value.trim().toLowerCase(Locale.ROOT))) {
                return mode;
            }
        }
        throw new IllegalArgumentException("unknown deployment mode '" + value + "'; allowed: " + allowedValues());
    }
}
