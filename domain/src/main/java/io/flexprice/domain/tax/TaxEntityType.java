package io.flexprice.domain.tax;

import java.util.Locale;

/**
 * What a tax association attaches a tax rate to, from the least to the most specific: the tenant, a customer,
 * a subscription. FlexPrice's enum also has {@code invoice}; invoices here take their taxes from their
 * subscription, so it is not accepted. Wire values are lower case.
 */
public enum TaxEntityType {
    TENANT,
    CUSTOMER,
    SUBSCRIPTION;

    public String wireValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static TaxEntityType fromWire(String value) {
        return TaxWire.parse(values(), TaxEntityType::wireValue, value, "entity_type");
    }
}
