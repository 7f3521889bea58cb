package io.flexprice.domain.wallet;

import java.util.Locale;

/**
 * A wallet's own state (FlexPrice's {@code wallet_status}): ACTIVE takes top-ups and debits; CLOSED (terminated)
 * takes nothing any more. FROZEN is FlexPrice's and is read and filtered on, but nothing here freezes a wallet.
 * Wire values are lower case.
 */
public enum WalletStatus {
    ACTIVE,
    FROZEN,
    CLOSED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static WalletStatus fromWire(String value) {
        return WireValues.parse(values(), WalletStatus::wireValue, value, "wallet_status");
    }
}
