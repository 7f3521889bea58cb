package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.tenancy.Scope;

/** The identity of a row an insert stored, as {@code RETURNING} gives it back. */
final class EventKeyRow {

    private String tenantId;
    private String environmentId;
    private String id;

    Event.EventKey toKey() {
        return new Event.EventKey(Scope.of(tenantId, environmentId), EventId.of(id));
    }
}
