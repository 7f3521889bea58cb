package io.flexprice.domain.creditgrant;

/** Whether a grant is applied once per subscription or once in every one of its periods. Wire values are the names. */
public enum CreditGrantCadence {
    ONETIME, RECURRING;

    public static CreditGrantCadence fromWire(String value) {
        return GrantWire.parse(values(), value, "cadence", false);
    }
}
