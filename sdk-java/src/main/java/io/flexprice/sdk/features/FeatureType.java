package io.flexprice.sdk.features;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * The type of a feature: {@code metered} (has a meter), {@code boolean}, {@code static}.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record FeatureType(@JsonValue String value) {

    public static final FeatureType METERED = new FeatureType("metered");
    public static final FeatureType BOOLEAN = new FeatureType("boolean");
    public static final FeatureType STATIC = new FeatureType("static");

    private static final Set<FeatureType> KNOWN = Set.of(METERED, BOOLEAN, STATIC);

    public FeatureType {
        OpenEnums.require(value, "FeatureType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static FeatureType of(String value) {
        return new FeatureType(value);
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
