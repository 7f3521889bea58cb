package io.flexprice.ports.testing;

import io.flexprice.domain.common.ErrorCode;
import io.flexprice.domain.common.UnavailableException;
import io.flexprice.domain.metering.Event;
import io.flexprice.ports.out.metering.EventPublisher;
import java.util.ArrayList;
import java.util.List;

/** Records every batch it is given; {@link #failing()} makes it refuse them, as a broker that is down. */
public final class RecordingEventPublisher implements EventPublisher {

    private final List<List<Event>> batches = new ArrayList<>();
    private UnavailableException failure;

    @Override
    public void publish(List<Event> events) {
        if (failure != null) {
            throw failure;
        }
        batches.add(List.copyOf(events));
    }

    /** From now on every publish throws {@link #failure()} and records nothing. */
    public RecordingEventPublisher failing() {
        failure = new UnavailableException(ErrorCode.EVENT_PUBLISH_FAILED, "the broker did not acknowledge",
                new java.io.IOException("connection refused"));
        return this;
    }

    public UnavailableException failure() {
        return failure;
    }

    /** The batches published, in order. */
    public List<List<Event>> batches() {
        return List.copyOf(batches);
    }

    /** Every event published, in order. */
    public List<Event> events() {
        return batches.stream().flatMap(List::stream).toList();
    }
}
