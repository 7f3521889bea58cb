package io.flexprice.adapters.storage.postgres.metering;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flexprice.adapters.storage.postgres.JsonColumns;
import io.flexprice.adapters.storage.postgres.ScopedRow;
import io.flexprice.domain.metering.Aggregation;
import io.flexprice.domain.metering.AggregationType;
import io.flexprice.domain.metering.Meter;
import io.flexprice.domain.metering.MeterId;
import io.flexprice.domain.metering.PropertyFilter;
import io.flexprice.domain.metering.ResetUsage;
import io.flexprice.domain.metering.WindowSize;
import java.math.BigDecimal;
import java.util.List;

/**
 * A row of {@code meters}: the aggregation in columns (enums as their wire values), the filters as a JSON
 * array of {@link FilterColumn}s, in the meter's order.
 */
final class MeterRow extends ScopedRow {

    private String name;
    private String eventName;
    private String aggregationType;
    private String aggregationField;
    private BigDecimal aggregationMultiplier;
    private String aggregationBucketSize;
    private String aggregationGroupBy;
    private String filters;
    private String resetUsage;

    static MeterRow from(Meter meter) {
        MeterRow row = new MeterRow();
        row.fill(meter.id().value(), meter.scope(), meter.status(), meter.audit());
        row.name = meter.name();
        row.eventName = meter.eventName();
        Aggregation aggregation = meter.aggregation();
        row.aggregationType = aggregation.type().name();
        row.aggregationField = aggregation.field();
        row.aggregationMultiplier = aggregation.multiplier();
        row.aggregationBucketSize = aggregation.bucketSize() == null ? null : aggregation.bucketSize().wireValue();
        row.aggregationGroupBy = aggregation.groupBy();
        row.filters = JsonColumns.write(meter.filters().stream().map(FilterColumn::from).toList());
        row.resetUsage = meter.resetUsage().name();
        return row;
    }

    Meter toDomain() {
        Aggregation aggregation = new Aggregation(AggregationType.fromWire(aggregationType, "aggregation_type"),
                aggregationField, aggregationMultiplier,
                aggregationBucketSize == null ? null : WindowSize.fromWire(aggregationBucketSize, "bucket_size"),
                aggregationGroupBy);
        List<FilterColumn> storedFilters = JsonColumns.read(filters, new TypeReference<>() { });
        return new Meter(new MeterId(id), scope(), name, eventName, aggregation,
                storedFilters.stream().map(FilterColumn::toDomain).toList(), ResetUsage.fromWire(resetUsage), status,
                audit());
    }

    /** One stored filter: {@code {"key": ..., "values": [...]}}, a shape of its own, not the domain record's. */
    record FilterColumn(String key, List<String> values) {

        static FilterColumn from(PropertyFilter filter) {
            return new FilterColumn(filter.key(), filter.values());
        }

        PropertyFilter toDomain() {
            return new PropertyFilter(key, values);
        }
    }
}
