package io.flexprice.sdk.events;

import java.util.List;

/**
 * FlexPrice's {@code dto.GetEventsResponse}, as read off the wire.
 *
 * @param events the page's events
 * @param hasMore whether more follow
 * @param totalCount the number of matching events
 * @param offset the page's offset
 */
public record EventsPageEnvelope(List<Event> events, Boolean hasMore, Long totalCount, Integer offset) {

    public EventsPageEnvelope {
        events = events == null ? null : List.copyOf(events);
    }

}
