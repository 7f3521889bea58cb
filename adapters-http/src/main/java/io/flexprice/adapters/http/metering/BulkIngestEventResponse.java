package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import java.util.List;

/** Our answer to {@code POST /v1/events/bulk}: 202 with every event's id, in request order. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BulkIngestEventResponse(String message, List<String> eventIds) {

    public static final String ACCEPTED = "Events accepted for processing";

    public static BulkIngestEventResponse accepted(List<String> eventIds) {
        return new BulkIngestEventResponse(ACCEPTED, List.copyOf(eventIds));
    }
}
