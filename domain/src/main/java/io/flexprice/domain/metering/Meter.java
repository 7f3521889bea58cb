package io.flexprice.domain.metering;

import io.flexprice.domain.common.Audit;
import io.flexprice.domain.common.Status;
import io.flexprice.domain.common.Violations;
import io.flexprice.domain.tenancy.Scope;
import java.util.List;
import java.util.Objects;

/** Turns the events named {@code eventName} that pass every filter into a quantity. */
public record Meter(MeterId id, Scope scope, String name, String eventName, Aggregation aggregation,
                    List<PropertyFilter> filters, ResetUsage resetUsage, Status status, Audit audit) {

    public Meter {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(audit, "audit");
        filters = filters == null ? List.of() : List.copyOf(filters);
        resetUsage = resetUsage == null ? ResetUsage.BILLING_PERIOD : resetUsage;
        new Violations()
                .requireText(name, "meter.name")
                .maxLength(name, 255, "meter.name")
                .requireText(eventName, "meter.event_name")
                .require(aggregation != null, "meter.aggregation", "is required")
                .maxLength(eventName, Event.MAX_NAME_LENGTH, "meter.event_name")
                .throwIfAny();
    }

    public Meter withFilters(List<PropertyFilter> newFilters, Audit changed) {
        return new Meter(id, scope, name, eventName, aggregation, newFilters, resetUsage, status, changed);
    }

    public Meter withStatus(Status newStatus, Audit changed) {
        return new Meter(id, scope, name, eventName, aggregation, filters, resetUsage, newStatus, changed);
    }
}
