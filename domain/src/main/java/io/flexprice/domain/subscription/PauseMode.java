package io.flexprice.domain.subscription;

/** When a pause starts: now, at a given time, or at the end of the current period. Wire values are the names in lower case. */
public enum PauseMode {
    IMMEDIATE,
    SCHEDULED,
    PERIOD_END;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static PauseMode fromWire(String value) {
        return WireEnums.parse(values(), value, "pause_mode");
    }
}
