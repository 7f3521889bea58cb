package io.flexprice.ports.application.metering;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.NotFoundException;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.ports.in.metering.FindEventsQuery;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.metering.EventFilter;
import io.flexprice.ports.out.metering.EventRepository;

public final class FindEventsService implements FindEventsQuery {

    private final EventRepository events;

    public FindEventsService(EventRepository events) {
        this.events = events;
    }

    @Override
    public Event get(Caller caller, EventId id) {
        return events.findById(caller.scope(), id)
                .orElseThrow(() -> new NotFoundException(ErrorCode.EVENT_NOT_FOUND, "event " + id + " not found"));
    }

    @Override
    public Page<Event> search(Caller caller, EventFilter filter, PageRequest page) {
        return events.search(caller.scope(), filter, page);
    }
}
