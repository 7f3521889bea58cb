package io.flexprice.adapters.storage.postgres.metering;

import java.math.BigDecimal;

/**
 * One value of a usage statement: the whole range when {@code windowIndex} is null, else the window
 * at that 1-based index of the window starts. {@code value} is null when no event had a number;
 * {@code numericCount} (AVG only) is how many did.
 */
final class UsageRow {

    private Integer windowIndex;
    private BigDecimal value;
    private long numericCount;

    Integer windowIndex() {
        return windowIndex;
    }

    BigDecimal valueOrZero() {
        return value == null ? BigDecimal.ZERO : value;
    }

    boolean hasValue() {
        return value != null;
    }

    long numericCount() {
        return numericCount;
    }
}
