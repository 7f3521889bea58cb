package io.flexprice.sdk.taxes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a tax rate can be attached: {@code ACTIVE} or {@code INACTIVE}.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record TaxRateStatus(@JsonValue String value) {

    public static final TaxRateStatus ACTIVE = new TaxRateStatus("ACTIVE");
    public static final TaxRateStatus INACTIVE = new TaxRateStatus("INACTIVE");

    private static final Set<TaxRateStatus> KNOWN = Set.of(ACTIVE, INACTIVE);

    public TaxRateStatus {
        OpenEnums.require(value, "TaxRateStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static TaxRateStatus of(String value) {
        return new TaxRateStatus(value);
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
