package io.flexprice.domain.subscription;

/** Whether a cancellation takes effect now or at the end of the current period. Wire values are the names in lower case. */
public enum CancellationType {
    IMMEDIATE,
    END_OF_PERIOD;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static CancellationType fromWire(String value) {
        return WireEnums.parse(values(), value, "cancellation_type");
    }
}
