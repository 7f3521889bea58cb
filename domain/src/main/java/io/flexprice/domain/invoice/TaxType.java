package io.flexprice.domain.invoice;

import java.util.Locale;

/** How a tax is expressed: a percentage of the taxable amount, or a fixed amount. Wire values are lower case. */
public enum TaxType {
    FIXED,
    PERCENTAGE;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaxType fromWire(String value, String field) {
        return EnumWire.parse(values(), TaxType::wireValue, value, field);
    }
}
