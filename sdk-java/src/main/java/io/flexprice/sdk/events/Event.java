package io.flexprice.sdk.events;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * FlexPrice's {@code dto.Event}: a stored event.
 *
 * @param id the event's id
 * @param eventName what happened
 * @param externalCustomerId your id of the customer
 * @param customerId the customer's FlexPrice id
 * @param timestamp when it happened
 * @param source where it came from
 * @param properties its properties (numbers as exact decimals where they have a fraction)
 * @param environmentId the environment
 */
public record Event(String id, String eventName, String externalCustomerId, String customerId, Instant timestamp,
                    String source, Map<String, Object> properties, String environmentId) {

    public Event {
        properties = properties == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
    }

}
