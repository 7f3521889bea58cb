package io.flexprice.ports.application.metering;

import io.flexprice.domain.metering.Event;
import io.flexprice.ports.in.metering.ProcessEventsUseCase;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.EventRepository.InsertOutcome;
import java.util.List;

public final class ProcessEventsService implements ProcessEventsUseCase {

    private final EventRepository events;

    public ProcessEventsService(EventRepository events) {
        this.events = events;
    }

    @Override
    public InsertOutcome process(List<Event> batch) {
        if (batch.isEmpty()) {
            return new InsertOutcome(0, List.of());
        }
        return events.insert(batch);
    }
}
