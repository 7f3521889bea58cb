package io.flexprice.domain.creditnote;

import io.flexprice.domain.common.EntityId;

public record CreditNoteLineItemId(String value) {

    public CreditNoteLineItemId {
        EntityId.require(value, "credit_note_line_item_id");
    }

    public static CreditNoteLineItemId of(String value) {
        return new CreditNoteLineItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
