package io.flexprice.domain.invoice;

import io.flexprice.domain.common.EntityId;

/** An invoice's id. */
public record InvoiceId(String value) {

    public InvoiceId {
        EntityId.require(value, "invoice_id");
    }

    public static InvoiceId of(String value) {
        return new InvoiceId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
