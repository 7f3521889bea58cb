package io.flexprice.domain.subscription;

/** When a plan change takes effect (FlexPrice's {@code change_at}, a {@code ScheduleType}). Wire values are the names in lower case. */
public enum ChangeTiming {
    IMMEDIATE,
    END_OF_PERIOD;

    public String wireValue() {
        return WireEnums.wire(this);
    }

    public static ChangeTiming fromWire(String value) {
        return WireEnums.parse(values(), value, "change_at");
    }
}
