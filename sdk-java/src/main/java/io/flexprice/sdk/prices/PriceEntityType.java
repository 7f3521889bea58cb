package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * What a price belongs to.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PriceEntityType(@JsonValue String value) {

    public static final PriceEntityType PLAN = new PriceEntityType("PLAN");
    public static final PriceEntityType SUBSCRIPTION = new PriceEntityType("SUBSCRIPTION");
    public static final PriceEntityType ADDON = new PriceEntityType("ADDON");
    public static final PriceEntityType PRICE = new PriceEntityType("PRICE");
    public static final PriceEntityType COSTSHEET = new PriceEntityType("COSTSHEET");

    private static final Set<PriceEntityType> KNOWN = Set.of(PLAN, SUBSCRIPTION, ADDON, PRICE, COSTSHEET);

    public PriceEntityType {
        OpenEnums.require(value, "PriceEntityType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PriceEntityType of(String value) {
        return new PriceEntityType(value);
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
