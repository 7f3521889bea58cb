package io.flexprice.domain.pricing;

/**
 * Whether a price charges for metered usage or for a fixed quantity (a plan fee, seats). Wire values are
 * the constant names.
 */
public enum PriceType {
    USAGE,
    FIXED;

    public static PriceType fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "type");
    }
}
