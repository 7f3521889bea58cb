package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Prepaid or postpaid.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record WalletType(@JsonValue String value) {

    public static final WalletType PRE_PAID = new WalletType("PRE_PAID");
    public static final WalletType POST_PAID = new WalletType("POST_PAID");

    private static final Set<WalletType> KNOWN = Set.of(PRE_PAID, POST_PAID);

    public WalletType {
        OpenEnums.require(value, "WalletType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WalletType of(String value) {
        return new WalletType(value);
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
