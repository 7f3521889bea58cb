package io.flexprice.domain.creditgrant;

/** Whom a grant is for: every subscription of a plan, or one subscription. Wire values are the names. */
public enum CreditGrantScope {
    PLAN, SUBSCRIPTION;

    public static CreditGrantScope fromWire(String value) {
        return GrantWire.parse(values(), value, "scope", false);
    }
}
