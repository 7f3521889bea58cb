package io.flexprice.ports.in.metering;

import java.time.Instant;
import java.util.Map;

/**
 * One event as a client sends it. {@code eventId} and {@code timestamp} may be null (generated /
 * now); {@code properties} holds JSON values (String, BigDecimal, Boolean, List, Map, null).
 */
public record EventInput(String eventId, String eventName, String externalCustomerId, String customerId,
                         Instant timestamp, String source, Map<String, Object> properties) {
}
