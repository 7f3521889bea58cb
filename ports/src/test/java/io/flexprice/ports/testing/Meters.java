package io.flexprice.ports.testing;

import io.flexprice.domain.common.Status;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.tenancy.Scope;
import java.util.ArrayList;
import java.util.List;

/** Test fixture: a stored meter summing {@code tokens} of {@code llm_call} events in {@link Fixtures#SCOPE}. */
public final class Meters {

    private String id = "meter_stored_1";
    private Scope scope = Fixtures.SCOPE;
    private String eventName = "llm_call";
    private Aggregation aggregation = Aggregation.of(AggregationType.SUM, "tokens");
    private final List<PropertyFilter> filters = new ArrayList<>();
    private Status status = Status.PUBLISHED;

    private Meters() {
    }

    public static Meters aMeter() {
        return new Meters();
    }

    public Meters id(String value) {
        this.id = value;
        return this;
    }

    public Meters in(Scope value) {
        this.scope = value;
        return this;
    }

    public Meters eventName(String value) {
        this.eventName = value;
        return this;
    }

    public Meters aggregation(Aggregation value) {
        this.aggregation = value;
        return this;
    }

    public Meters filter(String key, String... values) {
        filters.add(new PropertyFilter(key, List.of(values)));
        return this;
    }

    public Meters status(Status value) {
        this.status = value;
        return this;
    }

    public Meter build() {
        return new Meter(MeterId.of(id), scope, "LLM tokens", eventName, aggregation, filters,
                ResetUsage.BILLING_PERIOD, status, Fixtures.EARLIER);
    }
}
