package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.tenancy.Scope;
import java.time.Instant;

/** A row of {@code events}; MyBatis reads and fills its fields. {@code properties} is the JSON text. */
final class EventRow {

    private String tenantId;
    private String environmentId;
    private String id;
    private String eventName;
    private String externalCustomerId;
    private String customerId;
    private Instant timestamp;
    private String source;
    private String properties;
    private Instant ingestedAt;

    static EventRow from(Event event) {
        EventRow row = new EventRow();
        row.tenantId = event.scope().tenantId().value();
        row.environmentId = event.scope().environmentId().value();
        row.id = event.id().value();
        row.eventName = event.eventName();
        row.externalCustomerId = event.externalCustomerId();
        row.customerId = event.customerId();
        row.timestamp = event.timestamp();
        row.source = event.source();
        row.properties = JsonColumns.write(event.properties().values());
        row.ingestedAt = event.ingestedAt();
        return row;
    }

    Event toDomain() {
        return new Event(Scope.of(tenantId, environmentId), EventId.of(id), eventName, externalCustomerId, customerId,
                timestamp, source, EventProperties.of(JsonColumns.readObject(properties)), ingestedAt);
    }
}
