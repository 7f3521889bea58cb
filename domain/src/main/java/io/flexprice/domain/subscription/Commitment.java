package io.flexprice.domain.subscription;

import io.flexprice.domain.common.Violations;
import java.math.BigDecimal;

/**
 * A subscription's commitment, as FlexPrice has it: the customer commits to {@code amount} of usage charges
 * per billing period. Usage charges above it cost {@code overageFactor} times their normal amount; with
 * {@code trueUp} on, a period whose usage charges stay below it gets a true-up line for the difference. An
 * {@code amount} of null means no commitment ({@link #NONE}); {@code overageFactor} defaults to 1 and is at
 * least 1.
 */
public record Commitment(BigDecimal amount, BigDecimal overageFactor, boolean trueUp) {

    public static final Commitment NONE = new Commitment(null, BigDecimal.ONE, false);

    public Commitment {
        overageFactor = overageFactor == null ? BigDecimal.ONE : overageFactor;
        new Violations()
                .require(amount == null || amount.signum() >= 0, "commitment_amount", "must not be negative")
                .require(overageFactor.compareTo(BigDecimal.ONE) >= 0, "overage_factor", "must be at least 1")
                .throwIfAny();
    }

    public boolean isPresent() {
        return amount != null && amount.signum() > 0;
    }
}
