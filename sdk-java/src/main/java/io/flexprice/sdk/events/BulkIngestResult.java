package io.flexprice.sdk.events;

import java.util.List;

/**
 * The answer to {@code POST /v1/events/bulk}: 202 with every event's id in request order (FlexPrice's
 * own server answers with the message only).
 *
 * @param message the server's message
 * @param eventIds the events' ids
 */
public record BulkIngestResult(String message, List<String> eventIds) {

    public BulkIngestResult {
        eventIds = eventIds == null ? null : List.copyOf(eventIds);
    }

}
