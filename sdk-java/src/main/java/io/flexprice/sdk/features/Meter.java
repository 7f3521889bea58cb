package io.flexprice.sdk.features;

import io.flexprice.sdk.common.Status;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.MeterResponse}.
 *
 * @param id the meter's id
 * @param name its name
 * @param eventName the events it counts
 * @param aggregation how it aggregates them
 * @param filters which of them it counts
 * @param resetUsage when usage starts again from zero
 * @param status lifecycle status
 * @param tenantId the tenant
 * @param environmentId the environment
 * @param createdAt when created
 * @param updatedAt when last changed
 */
public record Meter(String id, String name, String eventName, Aggregation aggregation, List<MeterFilter> filters,
                    ResetUsage resetUsage, Status status, String tenantId, String environmentId, Instant createdAt,
                    Instant updatedAt) {

    public Meter {
        filters = filters == null ? null : List.copyOf(filters);
    }

}
