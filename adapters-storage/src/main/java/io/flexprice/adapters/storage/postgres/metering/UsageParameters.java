package io.flexprice.adapters.storage.postgres.metering;

import io.flexprice.ports.out.metering.EventFilter;
import java.time.Instant;
import java.util.List;

/**
 * What a usage statement binds. {@code filter} selects the events (name, customer, range, property
 * filters); {@code aggregation} is the aggregation type's name; window and bucket starts are null when
 * not asked for.
 */
record UsageParameters(String tenantId, String environmentId, EventFilter filter, String aggregation, String field,
                       String groupBy, List<Instant> windowStarts, List<Instant> bucketStarts) {
}
