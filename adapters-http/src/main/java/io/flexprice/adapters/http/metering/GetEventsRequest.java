package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.ports.out.metering.EventFilter;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * FlexPrice's {@code dto.GetEventsRequest} ({@code POST /v1/events/query}; {@code GET /v1/events}
 * takes the same as query parameters). {@code page_size} defaults to 50, at most 1000. The cursor
 * fields ({@code iter_first_key}, {@code iter_last_key}) and {@code sort} are accepted and ignored:
 * events are paged by offset, newest first unless {@code order} is {@code asc}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GetEventsRequest(String externalCustomerId, String eventName, String eventId, String source,
                               String startTime, String endTime, Integer pageSize, Integer offset, String order,
                               Map<String, List<String>> propertyFilters) {

    public static final GetEventsRequest ALL = new GetEventsRequest(null, null, null, null, null, null, null, null,
            null, null);

    public static final int DEFAULT_PAGE_SIZE = 50;

    /** The same query from {@code GET /v1/events}'s query parameters. */
    public static Query fromQuery(String externalCustomerId, String eventName, String eventId, String source,
                                  String startTime, String endTime, String pageSize, String offset, String order) {
        WireParser wire = new WireParser();
        Integer pageSizeValue = wire.integer(pageSize, "page_size", 1);
        Integer offsetValue = wire.integer(offset, "offset", 0);
        return new GetEventsRequest(externalCustomerId, eventName, eventId, source, startTime, endTime, pageSizeValue,
                offsetValue, order, null).toQuery(wire);
    }

    /** The filter and page of this query, or a 400 naming every invalid field. */
    public Query toQuery() {
        return toQuery(new WireParser());
    }

    private Query toQuery(WireParser wire) {
        Instant start = wire.instant(startTime, "start_time");
        Instant end = wire.instant(endTime, "end_time");
        if (pageSize != null && (pageSize < 1 || pageSize > PageRequest.MAX_LIMIT)) {
            wire.add("page_size", "must be between 1 and " + PageRequest.MAX_LIMIT);
        }
        if (offset != null && offset < 0) {
            wire.add("offset", "must not be negative");
        }
        if (start != null && end != null && !start.isBefore(end)) {
            wire.add("start_time", "must be before end_time");
        }
        PageRequest.SortOrder sortOrder = wire.order(order);
        List<PropertyFilter> filters = new ArrayList<>();
        if (propertyFilters != null) {
            propertyFilters.forEach((key, values) -> {
                if (values != null && values.contains(null)) {
                    wire.add("property_filters." + key, "must not contain null");
                    return;
                }
                PropertyFilter filter = wire.parse(field -> "property_filters." + key,
                        () -> new PropertyFilter(key, values));
                if (filter != null) {
                    filters.add(filter);
                }
            });
        }
        wire.throwIfInvalid();
        EventFilter filter = new EventFilter(blankToNull(externalCustomerId), blankToNull(eventName),
                blankToNull(eventId), blankToNull(source), start, end, filters);
        PageRequest page = new PageRequest(pageSize == null ? DEFAULT_PAGE_SIZE : pageSize,
                offset == null ? 0 : offset, sortOrder);
        return new Query(filter, page);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    public record Query(EventFilter filter, PageRequest page) {
    }
}
