package io.flexprice.domain.creditgrant;

/** When granted credits expire: never, a duration after they are granted, or at the end of the subscription's billing period they are granted in. Wire values are the names. */
public enum CreditGrantExpiryType {
    NEVER, DURATION, BILLING_CYCLE;

    public static CreditGrantExpiryType fromWire(String value) {
        return GrantWire.parse(values(), value, "expiration_type", false);
    }
}
