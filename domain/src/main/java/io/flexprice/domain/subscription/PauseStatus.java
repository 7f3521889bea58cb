package io.flexprice.domain.subscription;

/** The state of a pause, and of a subscription's pausing (NONE when it has no open pause). Wire values are the names in lower case. */
public enum PauseStatus {
    NONE,
    ACTIVE,
    SCHEDULED,
    COMPLETED,
    CANCELLED;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static PauseStatus fromWire(String value) {
        return WireEnums.parse(values(), value, "pause_status");
    }
}
