package io.flexprice.domain.metering;

import io.flexprice.domain.common.EntityId;

public record EventId(String value) {

    public EventId {
        EntityId.require(value, "event_id");
    }

    public static EventId of(String value) {
        return new EventId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
