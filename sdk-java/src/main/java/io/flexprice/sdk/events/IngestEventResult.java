package io.flexprice.sdk.events;



/**
 * The answer to {@code POST /v1/events}: 202 with the event's id.
 *
 * @param message the server's message
 * @param eventId the event's id
 */
public record IngestEventResult(String message, String eventId) {

}
