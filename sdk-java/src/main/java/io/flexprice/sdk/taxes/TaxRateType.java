package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a tax rate is a percentage of the taxable amount or a fixed amount.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TaxRateType(@JsonValue String value) {

    public static final TaxRateType PERCENTAGE = new TaxRateType("percentage");
    public static final TaxRateType FIXED = new TaxRateType("fixed");

    private static final Set<TaxRateType> KNOWN = Set.of(PERCENTAGE, FIXED);

    public TaxRateType {
        OpenEnums.require(value, "TaxRateType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaxRateType of(String value) {
        return new TaxRateType(value);
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
