package io.flexprice.domain.entitlement;

import io.flexprice.domain.common.ValidationException;
import java.util.Locale;

/**
 * What grants an entitlement (FlexPrice's {@code entity_type}): a plan, an addon, or one subscription (an
 * override of a plan's or an addon's entitlement, or a grant of its own). Wire values are the constant names;
 * the sources of an aggregated entitlement name them in lower case ({@link #sourceWireValue()}).
 */
public enum EntitlementEntityType {
    PLAN,
    ADDON,
    SUBSCRIPTION;

    public String sourceWireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntitlementEntityType fromWire(String value) {
        for (EntitlementEntityType t : values()) {
            if (t.name().equalsIgnoreCase(value)) {
                return t;
            }
        }
        throw ValidationException.of("entity_type", "must be one of PLAN, ADDON, SUBSCRIPTION");
    }
}
