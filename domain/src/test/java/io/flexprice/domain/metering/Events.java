package io.flexprice.domain.metering;

import io.flexprice.domain.Fixtures;
import io.flexprice.domain.tenancy.Scope;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/** Test fixture: {@code anEvent().at("...").with("tokens", "12.5").build()}. */
public final class Events {

    public static final String EVENT_NAME = "api_call";
    public static final String CUSTOMER = "cust_ext_1";

    private static final AtomicInteger SEQUENCE = new AtomicInteger();

    private Scope scope = Fixtures.SCOPE;
    private String id = String.format("event_%06d", SEQUENCE.incrementAndGet());
    private String eventName = EVENT_NAME;
    private String externalCustomerId = CUSTOMER;
    private String customerId;
    private Instant timestamp = Fixtures.T0;
    private Instant ingestedAt;
    private String source = "test";
    private final Map<String, Object> properties = new LinkedHashMap<>();

    private Events() {
    }

    public static Events anEvent() {
        return new Events();
    }

    public Events id(String value) {
        this.id = value;
        return this;
    }

    public Events scope(Scope value) {
        this.scope = value;
        return this;
    }

    public Events named(String value) {
        this.eventName = value;
        return this;
    }

    public Events forCustomer(String value) {
        this.externalCustomerId = value;
        return this;
    }

    public Events customerId(String value) {
        this.customerId = value;
        return this;
    }

    public Events at(Instant value) {
        this.timestamp = value;
        return this;
    }

    public Events at(String isoInstant) {
        return at(Instant.parse(isoInstant));
    }

    public Events ingestedAt(String isoInstant) {
        this.ingestedAt = Instant.parse(isoInstant);
        return this;
    }

    public Events source(String value) {
        this.source = value;
        return this;
    }

    /** A property as a JSON parser gives it: pass a String, a BigDecimal, a Boolean, null, a List or a Map. */
    public Events with(String key, Object value) {
        properties.put(key, value);
        return this;
    }

    /** A JSON number property. */
    public Events withNumber(String key, String decimal) {
        return with(key, new BigDecimal(decimal));
    }

    public Event build() {
        return new Event(scope, EventId.of(id), eventName, externalCustomerId, customerId, timestamp, source,
                EventProperties.of(properties), ingestedAt == null ? timestamp.plusSeconds(1) : ingestedAt);
    }
}
