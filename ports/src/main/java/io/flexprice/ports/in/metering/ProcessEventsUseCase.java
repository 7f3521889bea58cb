package io.flexprice.ports.in.metering;

import io.flexprice.domain.metering.Event;
import io.flexprice.ports.out.metering.EventRepository.InsertOutcome;
import java.util.List;

/**
 * The {@code v1_event_processing} stage: stores accepted events, absorbing duplicates by identity.
 * Safe to call again with the same events (a redelivered batch changes nothing).
 */
public interface ProcessEventsUseCase {

    InsertOutcome process(List<Event> events);
}
