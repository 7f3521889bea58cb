package io.flexprice.adapters.kafka.inprocess;

import io.flexprice.domain.metering.Event;
import io.flexprice.ports.in.metering.ProcessEventsUseCase;
import io.flexprice.ports.out.metering.EventPublisher;
import io.flexprice.ports.out.metering.EventRepository.InsertOutcome;
import jakarta.inject.Inject;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Local mode's event bus in place of Kafka: hands each accepted batch straight to the event processing
 * stage, in the caller's thread. An ingest call therefore returns only after the events are stored
 * (or recognised as duplicates), which is the durability {@link EventPublisher} promises, and usage
 * is readable as soon as the 202 is sent.
 */
public final class InProcessEventPublisher implements EventPublisher {

    private static final Logger LOG = LoggerFactory.getLogger(InProcessEventPublisher.class);

    private final ProcessEventsUseCase processing;

    @Inject
    public InProcessEventPublisher(ProcessEventsUseCase processing) {
        this.processing = processing;
    }

    @Override
    public void publish(List<Event> events) {
        InsertOutcome outcome = processing.process(events);
        if (!outcome.duplicates().isEmpty()) {
            LOG.info("absorbed {} duplicate event(s) of {}; first: {}", outcome.duplicates().size(), events.size(),
                    outcome.duplicates().get(0).id());
        }
    }
}
