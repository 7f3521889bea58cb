package io.flexprice.domain.wallet;

/**
 * FlexPrice's wallet types. A PRE_PAID wallet's credits pay invoices as they are computed (after coupons, before
 * taxes: {@link WalletCreditApplication}); a POST_PAID wallet pays finalized invoices through payments with method
 * CREDITS. Wire values are the constant names.
 */
public enum WalletType {
    PRE_PAID,
    POST_PAID;

    public static WalletType fromWire(String value) {
        return WireValues.parse(values(), Enum::name, value, "wallet_type");
    }
}
