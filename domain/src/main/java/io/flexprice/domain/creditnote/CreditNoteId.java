package io.flexprice.domain.creditnote;

import io.flexprice.domain.common.EntityId;

public record CreditNoteId(String value) {

    public CreditNoteId {
        EntityId.require(value, "credit_note_id");
    }

    public static CreditNoteId of(String value) {
        return new CreditNoteId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
