package io.flexprice.sdk.events;

import java.util.List;

/**
 * Events the batcher could not deliver, and why: the server refused them, retries ran out, or the queue
 * was full. Their ids are set, so storing them and sending them again later is safe.
 *
 * @param events the events, with their ids
 * @param cause  why: a {@code FlexpriceException} (or the overflow exception)
 */
public record BatchFailure(List<IngestEventParams> events, Throwable cause) {

    public BatchFailure {
        events = List.copyOf(events);
    }
}
