package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.metering.Event;

/**
 * FlexPrice's {@code dto.GetEventByIDResponse}. An event that can be read has been stored by the
 * processing stage, so its status is always {@code processed}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GetEventByIdResponse(EventResponse event, String status) {

    /** FlexPrice's {@code EventProcessingStatusType} value for a stored event. */
    public static final String PROCESSED = "processed";

    public static GetEventByIdResponse from(Event event) {
        return new GetEventByIdResponse(EventResponse.from(event), PROCESSED);
    }
}
