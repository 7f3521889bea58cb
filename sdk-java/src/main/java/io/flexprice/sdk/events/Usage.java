package io.flexprice.sdk.events;

import io.flexprice.sdk.features.AggregationType;
import java.math.BigDecimal;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetUsageResponse}: the total and, when windows were asked for, one value per non-empty
 * window.
 *
 * @param eventName the events aggregated
 * @param type the aggregation
 * @param value the total
 * @param results the windows' values
 */
public record Usage(String eventName, AggregationType type, BigDecimal value, List<UsageWindowValue> results) {

    public Usage {
        results = results == null ? null : List.copyOf(results);
    }

}
