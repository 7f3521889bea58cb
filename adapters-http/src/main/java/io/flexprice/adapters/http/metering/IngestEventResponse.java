package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;

/** FlexPrice's answer to {@code POST /v1/events}: 202 with the event's id. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IngestEventResponse(String message, String eventId) {

    public static final String ACCEPTED = "Event accepted for processing";

    public static IngestEventResponse accepted(String eventId) {
        return new IngestEventResponse(ACCEPTED, eventId);
    }
}
