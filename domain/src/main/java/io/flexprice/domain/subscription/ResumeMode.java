package io.flexprice.domain.subscription;

/** How a pause ends: resumed now, or automatically at its end. Wire values are the names in lower case. */
public enum ResumeMode {
    IMMEDIATE,
    SCHEDULED,
    AUTO;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static ResumeMode fromWire(String value) {
        return WireEnums.parse(values(), value, "resume_mode");
    }
}
