package io.flexprice.domain.invoice;

/**
 * What an invoice bills (FlexPrice's {@code invoice_type}): a subscription's period, or a one-off charge. CREDIT is
 * FlexPrice's negative invoice; it is read on the wire but never produced here. Wire values are the constant names.
 */
public enum InvoiceType {
    SUBSCRIPTION,
    ONE_OFF,
    CREDIT;

    public static InvoiceType fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
