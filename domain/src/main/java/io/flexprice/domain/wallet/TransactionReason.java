package io.flexprice.domain.wallet;

import java.util.Set;

/**
 * Why a ledger entry was made (FlexPrice's {@code transaction_reason}). Wire values are the constant names.
 */
public enum TransactionReason {
    INVOICE_PAYMENT,
    FREE_CREDIT_GRANT,
    SUBSCRIPTION_CREDIT_GRANT,
    PURCHASED_CREDIT_INVOICED,
    PURCHASED_CREDIT_DIRECT,
    CREDIT_NOTE,
    CREDIT_EXPIRED,
    WALLET_TERMINATION,
    MANUAL_BALANCE_DEBIT,
    CREDIT_ADJUSTMENT;

    private static final Set<TransactionReason> TOP_UPS = Set.of(FREE_CREDIT_GRANT, SUBSCRIPTION_CREDIT_GRANT,
            PURCHASED_CREDIT_INVOICED, PURCHASED_CREDIT_DIRECT, CREDIT_NOTE);
    private static final Set<TransactionReason> DEBITS = Set.of(INVOICE_PAYMENT, MANUAL_BALANCE_DEBIT,
            CREDIT_ADJUSTMENT, CREDIT_EXPIRED, WALLET_TERMINATION);

    public static TransactionReason fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "transaction_reason");
    }

    /** A reason a credit (a top-up) can be made for. */
    public boolean isTopUp() {
        return TOP_UPS.contains(this);
    }

    /** A reason a debit can be made for. */
    public boolean isDebit() {
        return DEBITS.contains(this);
    }

    /** Credits given away (free or by a subscription), as opposed to paid for: FlexPrice's breakdown. */
    public boolean isFree() {
        return this == FREE_CREDIT_GRANT || this == SUBSCRIPTION_CREDIT_GRANT;
    }
}
