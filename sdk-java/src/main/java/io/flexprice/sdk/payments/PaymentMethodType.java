package io.flexprice.sdk.payments;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How a payment is made; this server takes OFFLINE and CREDITS (wallets).
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PaymentMethodType(@JsonValue String value) {

    public static final PaymentMethodType CARD = new PaymentMethodType("CARD");
    public static final PaymentMethodType ACH = new PaymentMethodType("ACH");
    public static final PaymentMethodType OFFLINE = new PaymentMethodType("OFFLINE");
    public static final PaymentMethodType CREDITS = new PaymentMethodType("CREDITS");
    public static final PaymentMethodType PAYMENT_LINK = new PaymentMethodType("PAYMENT_LINK");

    private static final Set<PaymentMethodType> KNOWN = Set.of(CARD, ACH, OFFLINE, CREDITS, PAYMENT_LINK);

    public PaymentMethodType {
        OpenEnums.require(value, "PaymentMethodType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PaymentMethodType of(String value) {
        return new PaymentMethodType(value);
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
