package io.flexprice.domain.tax;

/**
 * Whether a tax rate is in force (FlexPrice's {@code tax_rate_status}): an INACTIVE rate can no longer be
 * attached and its associations no longer apply. Wire values are the constant names.
 */
public enum TaxRateStatus {
    ACTIVE,
    INACTIVE;

    public static TaxRateStatus fromWire(String value) {
        return TaxWire.parse(values(), Enum::name, value, "tax_rate_status");
    }
}
