package io.flexprice.domain.wallet;

/** What a ledger entry's {@code reference_id} names (FlexPrice's). Wire values are the constant names. */
public enum WalletTxReferenceType {
    PAYMENT,
    EXTERNAL,
    REQUEST,
    INVOICE;

    public static WalletTxReferenceType fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "reference_type");
    }
}
