package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.adapters.http.common.WireParser;
import io.flexprice.ports.in.metering.EventInput;
import java.util.ArrayList;
import java.util.List;

/** FlexPrice's {@code dto.BulkIngestEventRequest}: {@code {"events": [...]}}, 1 to 1000 events. */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record BulkIngestEventRequest(List<IngestEventRequest> events) {

    /** The events in request order; invalid fields are named {@code events[i].<field>}. */
    public List<EventInput> toInputs() {
        WireParser wire = new WireParser();
        List<EventInput> inputs = new ArrayList<>(events == null ? 0 : events.size());
        if (events != null) {
            for (int i = 0; i < events.size(); i++) {
                IngestEventRequest event = events.get(i);
                if (event == null) {
                    wire.add("events[" + i + "]", "must be an event object");
                } else {
                    inputs.add(event.toInput(wire, "events[" + i + "]."));
                }
            }
        }
        wire.throwIfInvalid();
        return inputs;
    }
}
