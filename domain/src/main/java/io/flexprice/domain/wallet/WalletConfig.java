package io.flexprice.domain.wallet;

import io.flexprice.domain.pricing.PriceType;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Set;

/**
 * FlexPrice's wallet {@code config}: the price types whose charges the wallet's credits may pay. FlexPrice's
 * {@code ALL} (and an empty or absent list) is every price type.
 */
public record WalletConfig(Set<PriceType> allowedPriceTypes) {

    public static final WalletConfig ALL = new WalletConfig(EnumSet.allOf(PriceType.class));

    public WalletConfig {
        allowedPriceTypes = allowedPriceTypes == null || allowedPriceTypes.isEmpty()
                ? Set.copyOf(EnumSet.allOf(PriceType.class)) : Set.copyOf(EnumSet.copyOf(allowedPriceTypes));
    }

    public static WalletConfig of(Collection<PriceType> allowed) {
        return new WalletConfig(allowed == null || allowed.isEmpty() ? null : EnumSet.copyOf(allowed));
    }

    public boolean allowsAll() {
        return allowedPriceTypes.size() == PriceType.values().length;
    }

    /** Whether a charge of this price type may be paid; a charge of no price type only by a wallet that allows all. */
    public boolean allows(PriceType type) {
        return type == null ? allowsAll() : allowedPriceTypes.contains(type);
    }
}
