package io.flexprice.domain.creditnote;

import io.flexprice.domain.invoice.EnumWire;

/**
 * What a credit note does (FlexPrice's {@code credit_note_type}): an ADJUSTMENT lowers what an unpaid invoice is due;
 * a REFUND gives back money paid. The invoice's payment status decides which. Wire values are the constant names.
 */
public enum CreditNoteType {
    ADJUSTMENT,
    REFUND;

    public static CreditNoteType fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
