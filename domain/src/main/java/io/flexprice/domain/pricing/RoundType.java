package io.flexprice.domain.pricing;

import java.math.RoundingMode;

/**
 * How {@link TransformQuantity} counts a started package: UP counts it as a whole one, DOWN ignores it.
 * Wire values are lower case.
 */
public enum RoundType {
    UP("up", RoundingMode.CEILING),
    DOWN("down", RoundingMode.FLOOR);

    private final String wireValue;
    private final RoundingMode roundingMode;

    RoundType(String wireValue, RoundingMode roundingMode) {
        this.wireValue = wireValue;
        this.roundingMode = roundingMode;
    }

    public String wireValue() {
        return wireValue;
    }

    RoundingMode roundingMode() {
        return roundingMode;
    }

    public static RoundType fromWire(String value) {
        return WireValues.parse(values(), RoundType::wireValue, value, "transform_quantity.round");
    }
}
