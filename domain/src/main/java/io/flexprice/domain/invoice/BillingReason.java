package io.flexprice.domain.invoice;

/** Why an invoice was made (FlexPrice's {@code billing_reason}). Wire values are the constant names. */
public enum BillingReason {
    SUBSCRIPTION_CREATE,
    SUBSCRIPTION_CYCLE,
    SUBSCRIPTION_UPDATE,
    PRORATION,
    MANUAL;

    public static BillingReason fromWire(String value, String field) {
        return EnumWire.parse(values(), Enum::name, value, field);
    }
}
