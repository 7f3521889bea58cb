package io.flexprice.domain.invoice;

import io.flexprice.domain.common.EntityId;

/** The id of one line of an invoice. */
public record InvoiceLineItemId(String value) {

    public InvoiceLineItemId {
        EntityId.require(value, "invoice_line_item_id");
    }

    public static InvoiceLineItemId of(String value) {
        return new InvoiceLineItemId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
