package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Why the invoice was made.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record BillingReason(@JsonValue String value) {

    public static final BillingReason SUBSCRIPTION_CREATE = new BillingReason("SUBSCRIPTION_CREATE");
    public static final BillingReason SUBSCRIPTION_CYCLE = new BillingReason("SUBSCRIPTION_CYCLE");
    public static final BillingReason SUBSCRIPTION_UPDATE = new BillingReason("SUBSCRIPTION_UPDATE");
    public static final BillingReason PRORATION = new BillingReason("PRORATION");
    public static final BillingReason MANUAL = new BillingReason("MANUAL");

    private static final Set<BillingReason> KNOWN = Set.of(SUBSCRIPTION_CREATE, SUBSCRIPTION_CYCLE, SUBSCRIPTION_UPDATE, PRORATION, MANUAL);

    public BillingReason {
        OpenEnums.require(value, "BillingReason");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static BillingReason of(String value) {
        return new BillingReason(value);
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
