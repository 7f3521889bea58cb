package io.flexprice.adapters.storage.inmemory;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.UsageCalculator;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.EventFilter;
import io.flexprice.ports.out.metering.EventRepository;
import io.flexprice.ports.out.metering.UsageReader;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The event store and usage reader in memory: one instance must serve both ports, so usage sees the
 * stored events. Usage is {@link UsageCalculator} over the scope's events.
 */
public final class InMemoryEventStore implements EventRepository, UsageReader {

    private static final Comparator<Event> NEWEST_FIRST =
            Comparator.comparing(Event::timestamp).thenComparing(e -> e.id().value()).reversed();

    private final Partitions<Scope, EventId, Event> events = new Partitions<>();

    @Inject
    public InMemoryEventStore() {
    }

    /** Each event is stored with one atomic put-if-absent on its identity, so concurrent batches store it once. */
    @Override
    public InsertOutcome insert(List<Event> batch) {
        int inserted = 0;
        List<Event.EventKey> duplicates = new ArrayList<>();
        for (Event event : batch) {
            if (events.insertIfAbsent(event.scope(), event.id(), event)) {
                inserted++;
            } else {
                duplicates.add(event.key());
            }
        }
        return new InsertOutcome(inserted, duplicates);
    }

    @Override
    public Optional<Event> findById(Scope scope, EventId id) {
        return events.find(scope, id);
    }

    /** Newest first whatever {@code page.order()} says, as the port defines the event listing. */
    @Override
    public Page<Event> search(Scope scope, EventFilter filter, PageRequest page) {
        return Listings.page(events.all(scope).stream().filter(event -> matches(filter, event)),
                page.order() == PageRequest.SortOrder.ASC ? NEWEST_FIRST.reversed() : NEWEST_FIRST, page);
    }

    @Override
    public UsageResult read(Scope scope, UsageQuery query) {
        return UsageCalculator.compute(query, events.all(scope));
    }

    private static boolean matches(EventFilter filter, Event event) {
        return Listings.matches(filter.externalCustomerId(), event.externalCustomerId())
                && Listings.matches(filter.eventName(), event.eventName())
                && Listings.matches(filter.eventId(), event.id().value())
                && Listings.matches(filter.source(), event.source())
                && (filter.startTime() == null || !event.timestamp().isBefore(filter.startTime()))
                && (filter.endTime() == null || event.timestamp().isBefore(filter.endTime()))
                && PropertyFilter.allMatch(filter.propertyFilters(), event.properties());
    }
}
