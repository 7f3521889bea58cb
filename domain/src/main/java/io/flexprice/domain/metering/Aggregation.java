package io.flexprice.domain.metering;

import io.flexprice.domain.common.ValidationException;
import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;

/**
 * What a meter computes. {@code field} names the property to aggregate (not used by COUNT);
 * {@code multiplier} scales SUM_WITH_MULTIPLIER; {@code bucketSize} turns MAX or SUM into the sum of
 * per-bucket results; {@code groupBy} applies MAX per distinct property value, then sums the groups.
 */
public record Aggregation(AggregationType type, String field, BigDecimal multiplier, WindowSize bucketSize,
                          String groupBy) {

    public Aggregation {
        if (type == null) {
            throw ValidationException.of("aggregation.type", "is required");
        }
        field = blankToNull(field);
        groupBy = blankToNull(groupBy);
        new Violations()
                .require(!type.needsField() || field != null, "aggregation.field",
                        "is required for " + type + " aggregation")
                .require(type != AggregationType.SUM_WITH_MULTIPLIER || multiplier != null, "aggregation.multiplier",
                        "is required for SUM_WITH_MULTIPLIER aggregation")
                .require(multiplier == null || multiplier.signum() > 0, "aggregation.multiplier", "must be positive")
                .require(bucketSize == null || type == AggregationType.MAX || type == AggregationType.SUM,
                        "aggregation.bucket_size", "is supported for MAX and SUM aggregations only")
                .require(groupBy == null || type == AggregationType.MAX, "aggregation.group_by",
                        "is supported for MAX aggregation only")
                .throwIfAny();
        if (type == AggregationType.COUNT) {
            field = null;
        }
    }

    public static Aggregation of(AggregationType type, String field) {
        return new Aggregation(type, field, null, null, null);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
