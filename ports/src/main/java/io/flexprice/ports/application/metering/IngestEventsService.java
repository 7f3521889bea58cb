package io.flexprice.ports.application.metering;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.ports.in.metering.EventInput;
import io.flexprice.ports.in.metering.IngestEventsUseCase;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.common.IdGenerator;
import io.flexprice.ports.out.metering.EventPublisher;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

public final class IngestEventsService implements IngestEventsUseCase {

    private final EventPublisher publisher;
    private final IdGenerator ids;
    private final Clock clock;

    public IngestEventsService(EventPublisher publisher, IdGenerator ids, Clock clock) {
        this.publisher = publisher;
        this.ids = ids;
        this.clock = clock;
    }

    @Override
    public EventId ingest(Caller caller, EventInput event) {
        if (event == null) {
            throw ValidationException.of("event", "is required");
        }
        return accept(caller, List.of(event), false).get(0);
    }

    @Override
    public List<EventId> ingestBulk(Caller caller, List<EventInput> events) {
        if (events == null || events.isEmpty() || events.size() > MAX_BULK_SIZE) {
            throw ValidationException.of("events", "must hold between 1 and " + MAX_BULK_SIZE + " events");
        }
        return accept(caller, events, true);
    }

    private List<EventId> accept(Caller caller, List<EventInput> inputs, boolean bulk) {
        Instant now = clock.instant();
        Violations violations = new Violations();
        List<Event> events = new ArrayList<>(inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            EventInput in = inputs.get(i);
            if (in == null) {
                violations.add("events[" + i + "]", "must be an event object");
                continue;
            }
            String eventId = in.eventId() == null || in.eventId().isBlank() ? ids.newId("event") : in.eventId();
            events.add(violations.collect(bulk ? "events[" + i + "]." : "", () -> new Event(caller.scope(),
                    new EventId(eventId), in.eventName(), in.externalCustomerId(), blankToNull(in.customerId()),
                    in.timestamp() == null ? now : in.timestamp(), blankToNull(in.source()),
                    EventProperties.of(in.properties()), now)));
        }
        violations.throwIfAny();
        publisher.publish(events);
        return events.stream().map(Event::id).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
