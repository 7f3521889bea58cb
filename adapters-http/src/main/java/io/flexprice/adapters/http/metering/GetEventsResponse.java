package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.domain.common.Page;
import io.flexprice.domain.metering.Event;
import java.util.List;

/** FlexPrice's {@code dto.GetEventsResponse}; {@code offset} is the offset of this page. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record GetEventsResponse(List<EventResponse> events, boolean hasMore, long totalCount, int offset) {

    public static GetEventsResponse from(Page<Event> page) {
        return new GetEventsResponse(page.items().stream().map(EventResponse::from).toList(),
                (long) page.offset() + page.items().size() < page.total(), page.total(), page.offset());
    }
}
