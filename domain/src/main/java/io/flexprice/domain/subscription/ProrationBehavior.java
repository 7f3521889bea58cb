package io.flexprice.domain.subscription;

/** Whether a partial period is charged in proportion to its share of the period (CREATE_PRORATIONS) or in full (NONE). Wire values are the names in lower case. */
public enum ProrationBehavior {
    CREATE_PRORATIONS,
    NONE;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static ProrationBehavior fromWire(String value) {
        return WireEnums.parse(values(), value, "proration_behavior");
    }
}
