package io.flexprice.domain.feature;

import io.flexprice.domain.common.ValidationException;
import java.util.Locale;

/** {@code metered} features are backed by a meter; {@code boolean} and {@code static} ones are not. */
public enum FeatureType {
    METERED,
    BOOLEAN,
    STATIC;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static FeatureType fromWire(String value) {
        for (FeatureType t : values()) {
            if (t.wireValue().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw ValidationException.of("type", "must be one of metered, boolean, static");
    }
}
