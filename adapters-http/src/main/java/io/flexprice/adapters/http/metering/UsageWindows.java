package io.flexprice.adapters.http.metering;

import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.metering.WindowSize;
import io.flexprice.ports.in.metering.UsageWindow;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The customer, range, windows and filters that both usage requests share. */
final class UsageWindows {

    private UsageWindows() {
    }

    static UsageWindow parse(WireParser wire, String customerId, String externalCustomerId, String startTime,
                             String endTime, String windowSize, String timezone, String billingAnchor,
                             Map<String, List<String>> filters) {
        Instant start = wire.instant(startTime, "start_time");
        Instant end = wire.instant(endTime, "end_time");
        Instant anchor = wire.instant(billingAnchor, "billing_anchor");
        WindowSize window = wire.windowSize(windowSize, "window_size");
        Map<String, List<String>> propertyFilters = new LinkedHashMap<>();
        if (filters != null) {
            filters.forEach((key, values) -> {
                if (values == null || values.isEmpty() || values.stream().anyMatch(v -> v == null)) {
                    wire.add("filters." + key, "must list at least one value, and no null");
                } else {
                    propertyFilters.put(key, List.copyOf(values));
                }
            });
        }
        return new UsageWindow(blankToNull(customerId), blankToNull(externalCustomerId), start, end, window,
                blankToNull(timezone), anchor, propertyFilters);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
