package io.flexprice.adapters.http.metering;

/**
 * FlexPrice's answer to {@code POST /v1/events/bulk}: 202 with a message only. The official client reads the body
 * as a map of strings, so the events' ids (ours once) are not echoed: a caller that needs them sends
 * {@code event_id} itself.
 */
public record BulkIngestEventResponse(String message) {

    public static final String ACCEPTED = "Events accepted for processing";

    public static BulkIngestEventResponse accepted() {
        return new BulkIngestEventResponse(ACCEPTED);
    }
}
