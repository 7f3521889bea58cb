package io.flexprice.ports.in.feature;

import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import java.util.List;

/** A meter described inline when its feature is created; {@code name} defaults to the feature's. */
public record MeterSpec(String name, String eventName, Aggregation aggregation, List<PropertyFilter> filters,
                        ResetUsage resetUsage) {
}
