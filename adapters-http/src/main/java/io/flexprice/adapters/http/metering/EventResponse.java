package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.metering.Event;
import java.time.Instant;
import java.util.Map;

/** FlexPrice's {@code dto.Event}. Numbers in {@code properties} are written as plain decimals. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record EventResponse(String id, String eventName, String externalCustomerId, String customerId,
                            Instant timestamp, String source, Map<String, Object> properties,
                            String environmentId) {

    public static EventResponse from(Event event) {
        return new EventResponse(event.id().value(), event.eventName(), event.externalCustomerId(),
                event.customerId(), event.timestamp(), event.source(), event.properties().values(),
                event.scope().environmentId().value());
    }
}
