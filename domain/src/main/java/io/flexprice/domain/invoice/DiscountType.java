package io.flexprice.domain.invoice;

import java.util.Locale;

/** How a discount is expressed: a percentage of what it applies to, or a fixed amount. Wire values are lower case. */
public enum DiscountType {
    FIXED,
    PERCENTAGE;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DiscountType fromWire(String value, String field) {
        return EnumWire.parse(values(), DiscountType::wireValue, value, field);
    }
}
