package io.flexprice.domain.billing;

import io.flexprice.domain.common.Violations;
import java.time.Duration;
import java.time.Instant;

/**
 * A half-open span of time {@code [start, end)}: it contains its start and not its end, so the
 * periods of a schedule chain with neither gaps nor overlaps and every instant falls in exactly one.
 */
public record Period(Instant start, Instant end) {

    public Period {
        new Violations()
                .require(start != null, "period_start", "is required")
                .require(end != null, "period_end", "is required")
                .require(start == null || end == null || start.isBefore(end), "period_end",
                        "must be after period_start")
                .throwIfAny();
    }

    public boolean contains(Instant instant) {
        return !instant.isBefore(start) && instant.isBefore(end);
    }

    /** Whether some instant lies in both; periods that only touch ({@code a.end == b.start}) do not overlap. */
    public boolean overlaps(Period other) {
        return start.isBefore(other.end) && other.start.isBefore(end);
    }

    /** The elapsed time on the timeline: a local day across a DST change is 23 or 25 hours. */
    public Duration duration() {
        return Duration.between(start, end);
    }
}
