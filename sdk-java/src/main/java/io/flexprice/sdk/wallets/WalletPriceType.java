package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * The price types a wallet's credits pay for.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record WalletPriceType(@JsonValue String value) {

    public static final WalletPriceType ALL = new WalletPriceType("ALL");
    public static final WalletPriceType USAGE = new WalletPriceType("USAGE");
    public static final WalletPriceType FIXED = new WalletPriceType("FIXED");

    private static final Set<WalletPriceType> KNOWN = Set.of(ALL, USAGE, FIXED);

    public WalletPriceType {
        OpenEnums.require(value, "WalletPriceType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WalletPriceType of(String value) {
        return new WalletPriceType(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
