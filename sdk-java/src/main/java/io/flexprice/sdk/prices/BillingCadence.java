package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a price recurs every billing period or is charged once.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record BillingCadence(@JsonValue String value) {

    public static final BillingCadence RECURRING = new BillingCadence("RECURRING");
    public static final BillingCadence ONETIME = new BillingCadence("ONETIME");

    private static final Set<BillingCadence> KNOWN = Set.of(RECURRING, ONETIME);

    public BillingCadence {
        OpenEnums.require(value, "BillingCadence");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BillingCadence of(String value) {
        return new BillingCadence(value);
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
