package io.flexprice.sdk.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a meter aggregates its events' property.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record AggregationType(@JsonValue String value) {

    public static final AggregationType COUNT = new AggregationType("COUNT");
    public static final AggregationType SUM = new AggregationType("SUM");
    public static final AggregationType AVG = new AggregationType("AVG");
    public static final AggregationType MAX = new AggregationType("MAX");
    public static final AggregationType COUNT_UNIQUE = new AggregationType("COUNT_UNIQUE");
    public static final AggregationType LATEST = new AggregationType("LATEST");
    public static final AggregationType SUM_WITH_MULTIPLIER = new AggregationType("SUM_WITH_MULTIPLIER");
    public static final AggregationType WEIGHTED_SUM = new AggregationType("WEIGHTED_SUM");

    private static final Set<AggregationType> KNOWN = Set.of(COUNT, SUM, AVG, MAX, COUNT_UNIQUE, LATEST, SUM_WITH_MULTIPLIER, WEIGHTED_SUM);

    public AggregationType {
        OpenEnums.require(value, "AggregationType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static AggregationType of(String value) {
        return new AggregationType(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
