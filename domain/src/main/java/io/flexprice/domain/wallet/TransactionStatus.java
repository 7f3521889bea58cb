package io.flexprice.domain.wallet;

import java.util.Locale;

/**
 * Whether a ledger entry has taken effect. Only a purchased top-up whose invoice is not paid yet is PENDING; it
 * becomes COMPLETED when the invoice is paid, or FAILED when it is voided. Wire values are lower case.
 */
public enum TransactionStatus {
    PENDING,
    COMPLETED,
    FAILED;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TransactionStatus fromWire(String value) {
        return WireValues.parse(values(), TransactionStatus::wireValue, value, "transaction_status");
    }
}
