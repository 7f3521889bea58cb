package io.flexprice.ports.testing;

import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.metering.UsageWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test fixture: every customer, March 2024 so far (no end: now), no windows, no zone, no filters. */
public final class UsageWindows {

    private String customerId;
    private String externalCustomerId;
    private Instant start = Instant.parse("2024-03-01T00:00:00Z");
    private Instant end;
    private WindowSize windowSize;
    private String timezone;
    private Instant billingAnchor;
    private final Map<String, List<String>> filters = new LinkedHashMap<>();

    private UsageWindows() {
    }

    public static UsageWindows aWindow() {
        return new UsageWindows();
    }

    public UsageWindows customerId(String value) {
        this.customerId = value;
        return this;
    }

    public UsageWindows externalCustomerId(String value) {
        this.externalCustomerId = value;
        return this;
    }

    public UsageWindows from(Instant value) {
        this.start = value;
        return this;
    }

    public UsageWindows to(Instant value) {
        this.end = value;
        return this;
    }

    public UsageWindows windowSize(WindowSize value) {
        this.windowSize = value;
        return this;
    }

    public UsageWindows timezone(String value) {
        this.timezone = value;
        return this;
    }

    public UsageWindows billingAnchor(Instant value) {
        this.billingAnchor = value;
        return this;
    }

    public UsageWindows filter(String key, String... values) {
        filters.put(key, List.of(values));
        return this;
    }

    public UsageWindow build() {
        return new UsageWindow(customerId, externalCustomerId, start, end, windowSize, timezone, billingAnchor,
                filters);
    }
}
