package io.flexprice.sdk.events;

import io.flexprice.sdk.common.SortOrder;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetEventsRequest}, for {@code POST /v1/events/query}; every filter is optional.
 *
 * @param externalCustomerId only this customer's events
 * @param eventName only these events
 * @param eventId only the event with this id
 * @param source only events from this source
 * @param startTime only events at or after this
 * @param endTime only events before this
 * @param pageSize the page size (1 to 1000; the server defaults to 50)
 * @param offset the offset of the first item
 * @param order by timestamp, newest first unless {@code asc}
 * @param propertyFilters only events whose property has one of these values
 */
public record EventListParams(String externalCustomerId, String eventName, String eventId, String source,
                              Instant startTime, Instant endTime, Integer pageSize, Integer offset, SortOrder order,
                              Map<String, List<String>> propertyFilters) {

    public EventListParams {
        propertyFilters = propertyFilters == null ? null : Collections.unmodifiableMap(new LinkedHashMap<>(propertyFilters));
    }

    public static Builder builder() {
        return new Builder();
    }

    /** A builder starting from this object's values. */
    public Builder toBuilder() {
        Builder builder = new Builder();
        builder.externalCustomerId = externalCustomerId;
        builder.eventName = eventName;
        builder.eventId = eventId;
        builder.source = source;
        builder.startTime = startTime;
        builder.endTime = endTime;
        builder.pageSize = pageSize;
        builder.offset = offset;
        builder.order = order;
        builder.propertyFilters = propertyFilters == null ? null : new LinkedHashMap<>(propertyFilters);
        return builder;
    }

    /** These filters at another offset. */
    public EventListParams withOffset(int newOffset) {
        return new EventListParams(externalCustomerId, eventName, eventId, source, startTime, endTime, pageSize,
                newOffset, order, propertyFilters);
    }

    /** Builds a {@link EventListParams}; unset fields are left out of the request. */
    public static final class Builder {
        private String externalCustomerId;
        private String eventName;
        private String eventId;
        private String source;
        private Instant startTime;
        private Instant endTime;
        private Integer pageSize;
        private Integer offset;
        private SortOrder order;
        private Map<String, List<String>> propertyFilters;

        private Builder() {
        }

        /** Only this customer's events. */
        public Builder externalCustomerId(String externalCustomerId) {
            this.externalCustomerId = externalCustomerId;
            return this;
        }

        /** Only these events. */
        public Builder eventName(String eventName) {
            this.eventName = eventName;
            return this;
        }

        /** Only the event with this id. */
        public Builder eventId(String eventId) {
            this.eventId = eventId;
            return this;
        }

        /** Only events from this source. */
        public Builder source(String source) {
            this.source = source;
            return this;
        }

        /** Only events at or after this. */
        public Builder startTime(Instant startTime) {
            this.startTime = startTime;
            return this;
        }

        /** Only events before this. */
        public Builder endTime(Instant endTime) {
            this.endTime = endTime;
            return this;
        }

        /** The page size (1 to 1000; the server defaults to 50). */
        public Builder pageSize(Integer pageSize) {
            this.pageSize = pageSize;
            return this;
        }

        /** The offset of the first item. */
        public Builder offset(Integer offset) {
            this.offset = offset;
            return this;
        }

        /** By timestamp, newest first unless {@code asc}. */
        public Builder order(SortOrder order) {
            this.order = order;
            return this;
        }

        /** Only events whose property has one of these values. */
        public Builder propertyFilters(Map<String, List<String>> propertyFilters) {
            this.propertyFilters = propertyFilters == null ? null : new LinkedHashMap<>(propertyFilters);
            return this;
        }

        /** Sets one entry of propertyFilters. */
        public Builder putPropertyFilter(String key, List<String> value) {
            if (this.propertyFilters == null) {
                this.propertyFilters = new LinkedHashMap<>();
            }
            this.propertyFilters.put(key, value);
            return this;
        }

        public EventListParams build() {
            return new EventListParams(externalCustomerId, eventName, eventId, source, startTime, endTime, pageSize, offset, order, propertyFilters);
        }
    }
}
