package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a price turns a quantity into an amount.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record BillingModel(@JsonValue String value) {

    public static final BillingModel FLAT_FEE = new BillingModel("FLAT_FEE");
    public static final BillingModel PACKAGE = new BillingModel("PACKAGE");
    public static final BillingModel TIERED = new BillingModel("TIERED");

    private static final Set<BillingModel> KNOWN = Set.of(FLAT_FEE, PACKAGE, TIERED);

    public BillingModel {
        OpenEnums.require(value, "BillingModel");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BillingModel of(String value) {
        return new BillingModel(value);
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
