package io.flexprice.domain.tax;

import java.util.Locale;

/** How a tax rate computes its tax: a percentage of the taxable amount, or a fixed amount. Wire: lower case. */
public enum TaxRateType {
    PERCENTAGE,
    FIXED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaxRateType fromWire(String value) {
        return TaxWire.parse(values(), TaxRateType::wireValue, value, "tax_rate_type");
    }
}
