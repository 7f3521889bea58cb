package io.flexprice.domain.pricing;

/** How a quantity becomes an amount; see {@link PriceCalculator}. Wire values are the constant names. */
public enum BillingModel {
    FLAT_FEE,
    PACKAGE,
    TIERED;

    public static BillingModel fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "billing_model");
    }
}
