package io.flexprice.domain.payment;

import io.flexprice.domain.invoice.EnumWire;

/**
 * How a payment is made (FlexPrice's {@code payment_method_type}). OFFLINE and CREDITS are recorded here; CARD, ACH
 * and PAYMENT_LINK need a payment gateway, which this build has not. Wire values are the constant names.
 */
public enum PaymentMethodType {
    CARD,
    ACH,
    OFFLINE,
    CREDITS,
    PAYMENT_LINK;

    public static PaymentMethodType fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }

    /** Whether payments of this method can be recorded without a payment gateway. */
    public boolean isRecordable() {
        return this == OFFLINE || this == CREDITS;
    }
}
