package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * The period a recurring price is charged per.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record BillingPeriod(@JsonValue String value) {

    public static final BillingPeriod DAILY = new BillingPeriod("DAILY");
    public static final BillingPeriod WEEKLY = new BillingPeriod("WEEKLY");
    public static final BillingPeriod MONTHLY = new BillingPeriod("MONTHLY");
    public static final BillingPeriod QUARTERLY = new BillingPeriod("QUARTERLY");
    public static final BillingPeriod HALF_YEARLY = new BillingPeriod("HALF_YEARLY");
    public static final BillingPeriod ANNUAL = new BillingPeriod("ANNUAL");

    private static final Set<BillingPeriod> KNOWN = Set.of(DAILY, WEEKLY, MONTHLY, QUARTERLY, HALF_YEARLY, ANNUAL);

    public BillingPeriod {
        OpenEnums.require(value, "BillingPeriod");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BillingPeriod of(String value) {
        return new BillingPeriod(value);
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
