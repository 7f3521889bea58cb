package io.flexprice.domain.metering;

import io.flexprice.domain.common.ValidationException;

/** Whether a meter's usage starts over each billing period or accumulates for ever. */
public enum ResetUsage {
    BILLING_PERIOD,
    NEVER;

    public static ResetUsage fromWire(String value) {
        for (ResetUsage r : values()) {
            if (r.name().equalsIgnoreCase(value)) {
                return r;
            }
        }
        throw ValidationException.of("reset_usage", "must be BILLING_PERIOD or NEVER");
    }
}
