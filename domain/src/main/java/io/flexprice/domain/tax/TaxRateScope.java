package io.flexprice.domain.tax;

/**
 * FlexPrice's {@code scope} of a tax rate: INTERNAL (the default), EXTERNAL or ONETIME. Kept and returned;
 * it does not change how the tax is computed. Wire values are the constant names.
 */
public enum TaxRateScope {
    INTERNAL,
    EXTERNAL,
    ONETIME;

    public static TaxRateScope fromWire(String value) {
        return TaxWire.parse(values(), Enum::name, value, "scope");
    }
}
