package io.flexprice.domain.pricing;

/**
 * The length of one billing period of a recurring price, which the price's {@code billing_period_count}
 * multiplies. A one-time charge is {@link BillingCadence#ONETIME}, not a period. Wire values are the constant
 * names.
 */
public enum BillingPeriod {
    DAILY,
    WEEKLY,
    MONTHLY,
    QUARTERLY,
    HALF_YEARLY,
    ANNUAL;

    public static BillingPeriod fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "billing_period");
    }
}
