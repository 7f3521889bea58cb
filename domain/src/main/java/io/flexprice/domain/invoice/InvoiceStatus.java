package io.flexprice.domain.invoice;

/**
 * Where an invoice is in its life (FlexPrice's {@code invoice_status}): a DRAFT can still change; FINALIZED has
 * its number and is owed; VOIDED is cancelled; SKIPPED is a subscription period that owed nothing, closed without a
 * number. Wire values are the constant names.
 */
public enum InvoiceStatus {
    DRAFT,
    FINALIZED,
    VOIDED,
    SKIPPED;

    public static InvoiceStatus fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
