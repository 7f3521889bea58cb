package io.flexprice.ports.testing;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.EventFilter;
import io.flexprice.ports.out.metering.EventRepository;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Events in a map by identity (first version wins); records every insert call. */
public final class FakeEventRepository implements EventRepository {

    private final Map<Event.EventKey, Event> events = new LinkedHashMap<>();
    private final List<List<Event>> insertCalls = new ArrayList<>();

    @Override
    public InsertOutcome insert(List<Event> batch) {
        insertCalls.add(List.copyOf(batch));
        int inserted = 0;
        List<Event.EventKey> duplicates = new ArrayList<>();
        for (Event event : batch) {
            if (events.putIfAbsent(event.key(), event) == null) {
                inserted++;
            } else {
                duplicates.add(event.key());
            }
        }
        return new InsertOutcome(inserted, duplicates);
    }

    @Override
    public Optional<Event> findById(Scope scope, EventId id) {
        return Optional.ofNullable(events.get(new Event.EventKey(scope, id)));
    }

    /** Narrows by scope and event name only: enough for the services, which pass the filter through. */
    @Override
    public Page<Event> search(Scope scope, EventFilter filter, PageRequest page) {
        return Pages.of(events.values().stream()
                .filter(e -> e.scope().equals(scope))
                .filter(e -> filter.eventName() == null || filter.eventName().equals(e.eventName()))
                .toList(), page);
    }

    public List<List<Event>> insertCalls() {
        return List.copyOf(insertCalls);
    }
}
