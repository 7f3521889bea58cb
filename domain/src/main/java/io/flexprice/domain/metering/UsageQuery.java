package io.flexprice.domain.metering;

import io.flexprice.domain.common.Violations;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * Usage of one event name over the half-open range {@code [start, end)}, for one customer or (when
 * {@code externalCustomerId} is null) every customer, optionally split into calendar windows of the
 * time zone {@code zone}. A null {@code start} means from the first event.
 */
public record UsageQuery(String eventName, Aggregation aggregation, List<PropertyFilter> filters,
                         String externalCustomerId, Instant start, Instant end, WindowSize windowSize, ZoneId zone,
                         Instant billingAnchor) {

    public UsageQuery {
        Objects.requireNonNull(aggregation, "aggregation");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(zone, "zone");
        filters = filters == null ? List.of() : List.copyOf(filters);
        new Violations()
                .requireText(eventName, "event_name")
                .require(start == null || start.isBefore(end), "start_time", "must be before end_time")
                .require(start != null || aggregation.type() != AggregationType.WEIGHTED_SUM, "start_time",
                        "is required for WEIGHTED_SUM: the weight is the fraction of [start_time, end_time) that "
                                + "remains after each event")
                .throwIfAny();
    }

    /** Whether an event counts for this query: its name, customer, time range and filters match. */
    public boolean matches(Event event) {
        return event.eventName().equals(eventName)
                && (externalCustomerId == null || externalCustomerId.equals(event.externalCustomerId()))
                && (start == null || !event.timestamp().isBefore(start))
                && event.timestamp().isBefore(end)
                && PropertyFilter.allMatch(filters, event.properties());
    }
}
