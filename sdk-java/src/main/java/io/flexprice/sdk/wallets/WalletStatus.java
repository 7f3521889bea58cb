package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a wallet can be used.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record WalletStatus(@JsonValue String value) {

    public static final WalletStatus ACTIVE = new WalletStatus("active");
    public static final WalletStatus FROZEN = new WalletStatus("frozen");
    public static final WalletStatus CLOSED = new WalletStatus("closed");

    private static final Set<WalletStatus> KNOWN = Set.of(ACTIVE, FROZEN, CLOSED);

    public WalletStatus {
        OpenEnums.require(value, "WalletStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static WalletStatus of(String value) {
        return new WalletStatus(value);
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
