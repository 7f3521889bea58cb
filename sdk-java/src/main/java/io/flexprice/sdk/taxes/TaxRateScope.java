package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where a tax rate is used: {@code INTERNAL} (the default), {@code EXTERNAL} or {@code ONETIME}.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TaxRateScope(@JsonValue String value) {

    public static final TaxRateScope INTERNAL = new TaxRateScope("INTERNAL");
    public static final TaxRateScope EXTERNAL = new TaxRateScope("EXTERNAL");
    public static final TaxRateScope ONETIME = new TaxRateScope("ONETIME");

    private static final Set<TaxRateScope> KNOWN = Set.of(INTERNAL, EXTERNAL, ONETIME);

    public TaxRateScope {
        OpenEnums.require(value, "TaxRateScope");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaxRateScope of(String value) {
        return new TaxRateScope(value);
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
