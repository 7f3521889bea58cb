package io.flexprice.domain.metering;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

/** The total over the whole range and, when windows were asked for, one value per non-empty window. */
public record UsageResult(BigDecimal value, List<WindowValue> windows) {

    public UsageResult {
        Objects.requireNonNull(value, "value");
        windows = windows == null ? List.of() : List.copyOf(windows);
    }

    public record WindowValue(Instant windowStart, BigDecimal value) {
    }
}
