package io.flexprice.ports.in.metering;

import io.flexprice.domain.metering.EventId;
import io.flexprice.ports.in.tenancy.Caller;
import java.util.List;

/**
 * Accepts usage events: validates them all, gives each an id and a timestamp if it has none, and
 * returns once the pipeline holds them durably. Either every event of a call is accepted or none.
 */
public interface IngestEventsUseCase {

    int MAX_BULK_SIZE = 1000;

    /**
     * @return the ids of the accepted events, in request order
     * @throws io.flexprice.domain.common.ValidationException if any event is invalid (nothing accepted)
     * @throws io.flexprice.domain.common.UnavailableException if the pipeline could not take them
     */
    List<EventId> ingest(Caller caller, List<EventInput> events);
}
