package io.flexprice.domain.invoice;

/**
 * FlexPrice's {@code payment_status}, of an invoice and of a payment. An invoice is PENDING until what it is due is
 * paid (a part paid keeps it PENDING), then SUCCEEDED; FAILED after a failed attempt; REFUNDED or PARTIALLY_REFUNDED
 * after refund credit notes. A payment is PENDING until processed, then SUCCEEDED or FAILED. INITIATED, PROCESSING
 * and OVERPAID are FlexPrice's too and read on the wire; nothing here produces them. Wire values are the constant
 * names.
 */
public enum PaymentStatus {
    INITIATED,
    PENDING,
    PROCESSING,
    SUCCEEDED,
    OVERPAID,
    FAILED,
    REFUNDED,
    PARTIALLY_REFUNDED;

    public static PaymentStatus fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
