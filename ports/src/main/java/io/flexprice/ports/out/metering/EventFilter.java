package io.flexprice.ports.out.metering;

import io.flexprice.domain.metering.PropertyFilter;
import java.time.Instant;
import java.util.List;

/** Narrows an event listing; nulls and empty lists do not narrow. The time range is half-open. */
public record EventFilter(String externalCustomerId, String eventName, String eventId, String source,
                          Instant startTime, Instant endTime, List<PropertyFilter> propertyFilters) {

    public static final EventFilter ALL = new EventFilter(null, null, null, null, null, null, List.of());

    public EventFilter {
        propertyFilters = propertyFilters == null ? List.of() : List.copyOf(propertyFilters);
    }
}
