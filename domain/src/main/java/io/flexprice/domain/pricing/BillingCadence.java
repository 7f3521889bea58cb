package io.flexprice.domain.pricing;

/** Whether a price charges every billing period or once. Wire values are the constant names. */
public enum BillingCadence {
    RECURRING,
    ONETIME;

    public static BillingCadence fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "billing_cadence");
    }
}
