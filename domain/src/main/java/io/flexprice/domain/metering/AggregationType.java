package io.flexprice.domain.metering;

import io.flexprice.domain.common.ValidationException;

/** How a meter turns matching events into one quantity. Wire values are the constant names. */
public enum AggregationType {
    COUNT(false),
    SUM(true),
    AVG(true),
    MAX(true),
    COUNT_UNIQUE(true),
    LATEST(true),
    SUM_WITH_MULTIPLIER(true),
    /** Time-weighted: each value counts for the fraction of the period that remains after it. */
    WEIGHTED_SUM(true);

    private final boolean needsField;

    AggregationType(boolean needsField) {
        this.needsField = needsField;
    }

    public boolean needsField() {
        return needsField;
    }

    public static AggregationType fromWire(String value, String field) {
        if (value != null) {
            for (AggregationType t : values()) {
                if (t.name().equalsIgnoreCase(value)) {
                    return t;
                }
            }
        }
        throw ValidationException.of(field, "must be one of COUNT, SUM, AVG, MAX, COUNT_UNIQUE, LATEST, "
                + "SUM_WITH_MULTIPLIER, WEIGHTED_SUM");
    }
}
