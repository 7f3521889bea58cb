package io.flexprice.ports.testing;

import io.flexprice.domain.metering.Event;
import io.flexprice.domain.metering.EventId;
import io.flexprice.domain.metering.EventProperties;
import io.flexprice.domain.metering.UsageCalculator;
import io.flexprice.domain.metering.UsageQuery;
import io.flexprice.domain.metering.UsageResult;
import io.flexprice.domain.tenancy.Scope;
import io.flexprice.ports.out.metering.UsageReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Usage computed by {@link UsageCalculator} over the events a test records, as the storage adapters compute it. */
public final class EventsUsageReader implements UsageReader {

    private final List<Event> events = new ArrayList<>();
    private int reads;

    /** Records an event of {@code customer} named {@code eventName} carrying {@code units} at {@code at}. */
    public EventsUsageReader event(String customer, String eventName, String units, String at) {
        Instant timestamp = Instant.parse(at);
        events.add(new Event(Fixtures.SCOPE, EventId.of("evt_" + events.size()), eventName, customer, null, timestamp,
                null, EventProperties.of(Map.<String, Object>of("units", new BigDecimal(units))), timestamp));
        return this;
    }

    @Override
    public UsageResult read(Scope scope, UsageQuery query) {
        reads++;
        return UsageCalculator.compute(query, events.stream().filter(e -> e.scope().equals(scope)).toList());
    }

    public int reads() {
        return reads;
    }
}
