package io.flexprice.ports.testing;

import io.flexprice.ports.in.metering.EventInput;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/** Test fixture: a valid event as a client sends it, without an id; {@code anEvent().id("e1").build()}. */
public final class EventInputs {

    private String id;
    private String eventName = "api_call";
    private String externalCustomerId = "acme";
    private String customerId;
    private Instant timestamp = Instant.parse("2024-03-10T11:59:00Z");
    private String source = "sdk";
    private final Map<String, Object> properties = new LinkedHashMap<>(Map.of("tokens", new BigDecimal("12.5")));

    private EventInputs() {
    }

    public static EventInputs anEvent() {
        return new EventInputs();
    }

    public EventInputs id(String value) {
        this.id = value;
        return this;
    }

    public EventInputs eventName(String value) {
        this.eventName = value;
        return this;
    }

    public EventInputs externalCustomerId(String value) {
        this.externalCustomerId = value;
        return this;
    }

    public EventInputs customerId(String value) {
        this.customerId = value;
        return this;
    }

    public EventInputs at(Instant value) {
        this.timestamp = value;
        return this;
    }

    public EventInputs source(String value) {
        this.source = value;
        return this;
    }

    public EventInputs with(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    public EventInput build() {
        return new EventInput(id, eventName, externalCustomerId, customerId, timestamp, source, properties);
    }
}
