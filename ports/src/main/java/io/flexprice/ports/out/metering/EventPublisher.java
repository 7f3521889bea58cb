package io.flexprice.ports.out.metering;

import io.flexprice.domain.metering.Event;
import java.util.List;

/**
 * Hands accepted events to the processing pipeline. Returns only once the events are durable (the
 * broker acknowledged them, or they are stored); otherwise throws.
 *
 * @throws io.flexprice.domain.common.UnavailableException if the events could not be made durable;
 *     the caller may retry with the same event ids
 */
public interface EventPublisher {

    void publish(List<Event> events);
}
