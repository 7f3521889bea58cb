package io.flexprice.domain.creditnote;

import io.flexprice.domain.invoice.EnumWire;

/** Why a credit note is issued (FlexPrice's {@code credit_note_reason}). Wire values are the constant names. */
public enum CreditNoteReason {
    DUPLICATE,
    FRAUDULENT,
    ORDER_CHANGE,
    UNSATISFACTORY,
    SERVICE_ISSUE,
    BILLING_ERROR,
    SUBSCRIPTION_CANCELLATION;

    public static CreditNoteReason fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
