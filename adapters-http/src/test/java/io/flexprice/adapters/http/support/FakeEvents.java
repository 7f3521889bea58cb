package io.flexprice.adapters.http.support;

import io.flexprice.domain.common.Page;
import io.flexprice.domain.common.PageRequest;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.ports.in.metering.EventInput;
import io.flexprice.ports.in.metering.FindEventsQuery;
import io.flexprice.ports.in.metering.GetUsageQuery;
import io.flexprice.ports.in.metering.IngestEventsUseCase;
import io.flexprice.ports.in.metering.MeterUsageRequest;
import io.flexprice.ports.in.metering.UsageRequest;
import io.flexprice.ports.in.tenancy.Caller;
import io.flexprice.ports.out.metering.EventFilter;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Accepts events (ids: the given one or {@code event_<n>}), lists {@link #stored}, answers {@link #usageResult}. */
public final class FakeEvents implements IngestEventsUseCase, FindEventsQuery, GetUsageQuery {

    public RuntimeException failure;
    public List<EventInput> lastIngested;
    public EventFilter lastFilter;
    public PageRequest lastPage;
    public UsageRequest lastUsage;
    public MeterUsageRequest lastMeterUsage;
    public List<Event> stored = new ArrayList<>();
    public long storedTotal;
    public UsageResult usageResult;

    public void reset() {
        failure = null;
        lastIngested = null;
        lastFilter = null;
        lastPage = null;
        lastUsage = null;
        lastMeterUsage = null;
        stored = new ArrayList<>();
        storedTotal = 0;
        usageResult = new UsageResult(new BigDecimal("1E+3"), List.of(
                new UsageResult.WindowValue(Instant.parse("2024-05-01T00:00:00Z"), new BigDecimal("400")),
                new UsageResult.WindowValue(Instant.parse("2024-05-02T00:00:00Z"), new BigDecimal("600.50"))));
    }

    private void called() {
        if (failure != null) {
            throw failure;
        }
    }

    @Override
    public EventId ingest(Caller caller, EventInput event) {
        return ingestBulk(caller, List.of(event)).get(0);
    }

    @Override
    public List<EventId> ingestBulk(Caller caller, List<EventInput> events) {
        called();
        lastIngested = events;
        List<EventId> ids = new ArrayList<>();
        for (int i = 0; i < events.size(); i++) {
            String given = events.get(i).eventId();
            ids.add(EventId.of(given == null ? "event_" + i : given));
        }
        return ids;
    }

    @Override
    public Event get(Caller caller, EventId id) {
        called();
        return Fixtures.anEvent(id.value(), Map.of("tokens", new BigDecimal("12.50")));
    }

    @Override
    public Page<Event> search(Caller caller, EventFilter filter, PageRequest page) {
        called();
        lastFilter = filter;
        lastPage = page;
        return new Page<>(stored, storedTotal, page.limit(), page.offset());
    }

    @Override
    public Usage usage(Caller caller, UsageRequest request) {
        called();
        lastUsage = request;
        return new Usage(request.eventName(), request.aggregation().type(), usageResult);
    }

    @Override
    public Usage usageByMeter(Caller caller, MeterUsageRequest request) {
        called();
        lastMeterUsage = request;
        return new Usage("api_call", AggregationType.SUM, usageResult);
    }
}
