package io.flexprice.domain.pricing;

/**
 * How a tiered price applies its tiers (FlexPrice calls it {@code BillingTier}); see {@link PriceCalculator}.
 * Wire values are the constant names.
 */
public enum TierMode {
    VOLUME,
    SLAB;

    public static TierMode fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "tier_mode");
    }
}
