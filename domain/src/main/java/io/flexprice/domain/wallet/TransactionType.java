package io.flexprice.domain.wallet;

import java.util.Locale;

/** Whether a ledger entry adds credits to a wallet or takes them away. Wire values are lower case. */
public enum TransactionType {
    CREDIT,
    DEBIT;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TransactionType fromWire(String value) {
        return WireValues.parse(values(), TransactionType::wireValue, value, "type");
    }
}
