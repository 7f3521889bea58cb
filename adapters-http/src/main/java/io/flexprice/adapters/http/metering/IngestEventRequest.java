package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.JsonObjectDeserializer;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.metering.EventInput;
import java.time.Instant;
import java.util.Map;

/**
 * FlexPrice's {@code dto.IngestEventRequest}. {@code timestamp} is RFC 3339 (defaults to now);
 * {@code properties} is any JSON object, its numbers read as exact decimals.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record IngestEventRequest(String eventId, String eventName, String externalCustomerId, String customerId,
                                 String timestamp, String source,
                                 @JsonDeserialize(using = JsonObjectDeserializer.class)
                                 Map<String, Object> properties) {

    /** The event as the use case takes it, or a 400 if its timestamp is unreadable. */
    public EventInput toInput() {
        WireParser wire = new WireParser();
        EventInput input = toInput(wire, "");
        wire.throwIfInvalid();
        return input;
    }

    /** The event as the use case takes it; an unreadable timestamp is reported as {@code <prefix>timestamp}. */
    EventInput toInput(WireParser wire, String prefix) {
        Instant at = wire.instant(timestamp, prefix + "timestamp");
        return new EventInput(eventId, eventName, externalCustomerId, customerId, at, source, properties);
    }
}
