package io.flexprice.domain.addon;

import io.flexprice.domain.common.ValidationException;
import java.util.Locale;

/**
 * How many of an addon a subscription may hold (FlexPrice's {@code types.AddonType}): one, or several
 * instances. Wire values are lower case.
 */
public enum AddonType {
    ONETIME,
    MULTIPLE_INSTANCE;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static AddonType fromWire(String value) {
        for (AddonType type : values()) {
            if (type.wireValue().equalsIgnoreCase(value)) {
                return type;
            }
        }
        throw ValidationException.of("type", "must be one of onetime, multiple_instance");
    }
}
