package io.flexprice.domain.pricing;

/**
 * Whether a period is invoiced at its start (ADVANCE) or at its end (ARREAR). Wire values are the constant
 * names.
 */
public enum InvoiceCadence {
    ADVANCE,
    ARREAR;

    public static InvoiceCadence fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "invoice_cadence");
    }
}
