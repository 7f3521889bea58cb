package io.flexprice.ports.in.metering;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.metering.WindowSize;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The customer, range and windows of a usage request, shared by both kinds of usage request.
 * {@code end} defaults to now; {@code timezone} (an IANA zone id) defaults to the customer's, then UTC.
 */
public record UsageWindow(String customerId, String externalCustomerId, Instant start, Instant end,
                          WindowSize windowSize, String timezone, Instant billingAnchor,
                          Map<String, List<String>> filters) {

    public UsageWindow {
        if (filters != null && filters.entrySet().stream().anyMatch(f -> f.getKey() == null || f.getValue() == null)) {
            throw ValidationException.of("filters", "every filter needs a property name and a list of values");
        }
        filters = filters == null ? Map.of() : Map.copyOf(filters);
    }
}
