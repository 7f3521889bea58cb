package io.flexprice.sdk.events;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where an event is in processing.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record EventProcessingStatus(@JsonValue String value) {

    public static final EventProcessingStatus PROCESSED = new EventProcessingStatus("processed");
    public static final EventProcessingStatus PROCESSING = new EventProcessingStatus("processing");
    public static final EventProcessingStatus FAILED = new EventProcessingStatus("failed");

    private static final Set<EventProcessingStatus> KNOWN = Set.of(PROCESSED, PROCESSING, FAILED);

    public EventProcessingStatus {
        OpenEnums.require(value, "EventProcessingStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static EventProcessingStatus of(String value) {
        return new EventProcessingStatus(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
