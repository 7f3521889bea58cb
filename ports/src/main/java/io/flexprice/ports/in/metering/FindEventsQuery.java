package io.flexprice.ports.in.metering;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.metering.EventFilter;

public interface FindEventsQuery {

    /**
     * @throws io.flexprice.domain.common.NotFoundException if no stored event has this id
     */
    Event get(Caller caller, EventId id);

    Page<Event> search(Caller caller, EventFilter filter, PageRequest page);
}
