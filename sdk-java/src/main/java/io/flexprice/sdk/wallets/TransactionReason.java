package io.flexprice.sdk.wallets;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Why credits were added or taken.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TransactionReason(@JsonValue String value) {

    public static final TransactionReason INVOICE_PAYMENT = new TransactionReason("INVOICE_PAYMENT");
    public static final TransactionReason FREE_CREDIT_GRANT = new TransactionReason("FREE_CREDIT_GRANT");
    public static final TransactionReason SUBSCRIPTION_CREDIT_GRANT = new TransactionReason("SUBSCRIPTION_CREDIT_GRANT");
    public static final TransactionReason PURCHASED_CREDIT_INVOICED = new TransactionReason("PURCHASED_CREDIT_INVOICED");
    public static final TransactionReason PURCHASED_CREDIT_DIRECT = new TransactionReason("PURCHASED_CREDIT_DIRECT");
    public static final TransactionReason CREDIT_NOTE = new TransactionReason("CREDIT_NOTE");
    public static final TransactionReason CREDIT_EXPIRED = new TransactionReason("CREDIT_EXPIRED");
    public static final TransactionReason WALLET_TERMINATION = new TransactionReason("WALLET_TERMINATION");
    public static final TransactionReason MANUAL_BALANCE_DEBIT = new TransactionReason("MANUAL_BALANCE_DEBIT");
    public static final TransactionReason CREDIT_ADJUSTMENT = new TransactionReason("CREDIT_ADJUSTMENT");

    private static final Set<TransactionReason> KNOWN = Set.of(INVOICE_PAYMENT, FREE_CREDIT_GRANT, SUBSCRIPTION_CREDIT_GRANT, PURCHASED_CREDIT_INVOICED, PURCHASED_CREDIT_DIRECT, CREDIT_NOTE, CREDIT_EXPIRED, WALLET_TERMINATION, MANUAL_BALANCE_DEBIT, CREDIT_ADJUSTMENT);

    public TransactionReason {
        OpenEnums.require(value, "TransactionReason");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TransactionReason of(String value) {
        return new TransactionReason(value);
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
