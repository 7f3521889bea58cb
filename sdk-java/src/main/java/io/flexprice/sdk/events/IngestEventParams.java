package io.flexprice.sdk.events;

import java.time.Clock;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * FlexPrice's {@code dto.IngestEventRequest}: one usage event. {@code eventId} is its identity: the server
 * absorbs a second event with the same id, so a resend never counts twice. Left unset, the SDK gives it a
 * fresh id and the current time before the first attempt, so every retry resends the same event.
 * Property values are JSON values: strings, numbers ({@link java.math.BigDecimal} for exact quantities), booleans,
 * lists, maps.
 *
 * @param eventId the event's identity; generated when unset
 * @param eventName what happened, as meters name it
 * @param externalCustomerId your id of the customer (required by this server)
 * @param customerId the customer's FlexPrice id
 * @param timestamp when it happened; the SDK's clock when unset
 * @param source where it comes from
 * @param properties the event's properties
 */
public record IngestEventParams(String eventId, String eventName, String externalCustomerId, String customerId,
                                Instant timestamp, String source, Map<String, Object> properties) {

    public IngestEventParams {
        properties = properties == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(properties));
        if (eventName == null || eventName.isBlank()) {
            throw new IllegalArgumentException("eventName is required");
        }
        if ((externalCustomerId == null || externalCustomerId.isBlank())
                && (customerId == null || customerId.isBlank())) {
            throw new IllegalArgumentException("externalCustomerId (or customerId) is required");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.eventId = eventId;
        builder.eventName = eventName;
        builder.externalCustomerId = externalCustomerId;
        builder.customerId = customerId;
        builder.timestamp = timestamp;
        builder.source = source;
        builder.properties = properties == null ? null : new LinkedHashMap<>(properties);
        return builder;
    }

    /** This event with an id and a timestamp: its own, or {@code newId} and {@code now} where it has none. */
    public IngestEventParams withDefaults(Supplier<String> newId, Clock now) {
        if (eventId != null && !eventId.isBlank() && timestamp != null) {
            return this;
        }
        return new IngestEventParams(eventId != null && !eventId.isBlank() ? eventId : newId.get(), eventName,
                externalCustomerId, customerId, timestamp != null ? timestamp : now.instant(), source, properties);
    }

    /** Builds a {@link IngestEventParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String eventId;
        private String eventName;
        private String externalCustomerId;
        private String customerId;
        private Instant timestamp;
        private String source;
        private Map<String, Object> properties;

        private Builder() {
        }

        /** The event's identity; generated when unset. */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /** What happened, as meters name it. */
        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        /** Your id of the customer (required by this server). */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** The customer's FlexPrice id. */
        public Builder customerId(String customerId) {
            this.customerId = customerId;
            return this;
        }

        /** When it happened; the SDK's clock when unset. */
        public Builder timestamp(Instant timestamp) {
            this.timestamp = timestamp;
            return this;
        }

        /** Where it comes from. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** The event's properties. */
        public Builder properties(Map<String, Object> properties) {
            this.properties = properties == null ? null : new LinkedHashMap<>(properties);
            return this;
        }

        /** Sets one entry of properties. */
        public Builder putProperty(String key, Object value) {
            if (this.properties == null) {
                this.properties = new LinkedHashMap<>();
            }
            this.properties.put(key, value);
            return this;
        }

        public IngestEventParams build() {
            return new IngestEventParams(eventId, eventName, externalCustomerId, customerId, timestamp, source, properties);
        }
    }
}
