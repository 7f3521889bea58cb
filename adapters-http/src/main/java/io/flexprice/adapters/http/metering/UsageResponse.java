package io.flexprice.adapters.http.metering;

import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.annotation.JsonNaming;
import io.flexprice.ports.in.metering.GetUsageQuery.Usage;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * FlexPrice's {@code dto.GetUsageResponse}: the total and, when windows were asked for, one result
 * per non-empty window, named (as FlexPrice does) by its start in {@code window_size}.
 */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
public record UsageResponse(String eventName, String type, BigDecimal value, List<WindowResult> results) {

    public static UsageResponse from(Usage usage) {
        return new UsageResponse(usage.eventName(), usage.type().name(), usage.result().value(),
                usage.result().windows().stream().map(w -> new WindowResult(w.windowStart(), w.value())).toList());
    }

    @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
    public record WindowResult(Instant windowSize, BigDecimal value) {
    }
}
