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
     * @return the id of the accepted event (the client's, or a generated one)
     * @throws io.flexprice.domain.common.ValidationException if the event is invalid (nothing accepted)
     * @throws io.flexprice.domain.common.UnavailableException if the pipeline could not take it
     */
    EventId ingest(Caller caller, EventInput event);

    /**
     * @return the ids of the accepted events, in request order
     * @throws io.flexprice.domain.common.ValidationException if there are not 1 to {@value #MAX_BULK_SIZE}
     *     events or any is invalid (nothing accepted; fields are named {@code events[i].field})
     * @throws io.flexprice.domain.common.UnavailableException if the pipeline could not take them
     */
    List<EventId> ingestBulk(Caller caller, List<EventInput> events);
}
