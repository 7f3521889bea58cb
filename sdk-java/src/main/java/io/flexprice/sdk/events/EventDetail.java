package io.flexprice.sdk.events;



/**
 * FlexPrice's {@code dto.GetEventByIDResponse}: an event and where it is in processing.
 *
 * @param event the event
 * @param status its processing status
 */
public record EventDetail(Event event, EventProcessingStatus status) {

}
