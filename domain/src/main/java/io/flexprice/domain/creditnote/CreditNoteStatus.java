package io.flexprice.domain.creditnote;

import io.flexprice.domain.invoice.EnumWire;

/** FlexPrice's {@code credit_note_status}. Wire values are the constant names. */
public enum CreditNoteStatus {
    DRAFT,
    FINALIZED,
    VOIDED;

    public static CreditNoteStatus fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
