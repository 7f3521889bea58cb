package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * What a tax association attaches a rate to.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TaxRateEntityType(@JsonValue String value) {

    public static final TaxRateEntityType CUSTOMER = new TaxRateEntityType("customer");
    public static final TaxRateEntityType SUBSCRIPTION = new TaxRateEntityType("subscription");
    public static final TaxRateEntityType INVOICE = new TaxRateEntityType("invoice");
    public static final TaxRateEntityType TENANT = new TaxRateEntityType("tenant");

    private static final Set<TaxRateEntityType> KNOWN = Set.of(CUSTOMER, SUBSCRIPTION, INVOICE, TENANT);

    public TaxRateEntityType {
        OpenEnums.require(value, "TaxRateEntityType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaxRateEntityType of(String value) {
        return new TaxRateEntityType(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
