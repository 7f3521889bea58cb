package io.flexprice.ports.out.metering;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Optional;

/**
 * The event store. Events may belong to several scopes in one call (a consumer batch mixes
 * tenants); each event carries its own.
 */
public interface EventRepository {

    /**
     * Stores the events whose identity (scope, event id) is new, atomically per event, and absorbs the
     * others as duplicates, whatever their timestamp or properties: the first stored version stands.
     * Within one call the first occurrence of an identity wins.
     */
    InsertOutcome insert(List<Event> events);

    Optional<Event> findById(Scope scope, EventId id);

    /** Events by timestamp, then id: newest first unless the page asks for ascending order. */
    Page<Event> search(Scope scope, EventFilter filter, PageRequest page);

    /** How many events of a batch were stored and which were duplicates. */
    record InsertOutcome(int inserted, List<Event.EventKey> duplicates) {

        public InsertOutcome {
            duplicates = List.copyOf(duplicates);
        }
    }
}
