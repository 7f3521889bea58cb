package io.flexprice.domain.wallet;

import io.flexprice.domain.common.Violations;
import java.time.Duration;
import java.time.Instant;

/**
 * FlexPrice's {@code auto_topup}: when a debit leaves the wallet's credit balance below {@code threshold} credits,
 * {@code amount} credits are added, invoiced ({@code invoicing}: a PURCHASED_CREDIT_INVOICED top-up) or not (a
 * PURCHASED_CREDIT_DIRECT one). {@code cooldown} (an extension) is the least time between two automatic top-ups,
 * so a burst of debits below the threshold adds credits once; whole seconds.
 */
public record AutoTopUp(boolean enabled, Credits threshold, Credits amount, boolean invoicing, Duration cooldown) {

    public static final AutoTopUp DISABLED = new AutoTopUp(false, null, null, false, Duration.ZERO);

    public AutoTopUp {
        cooldown = cooldown == null ? Duration.ZERO : cooldown;
        new Violations()
                .require(!enabled || threshold != null, "auto_topup.threshold", "is required when auto top-up is enabled")
                .require(threshold == null || !threshold.isNegative(), "auto_topup.threshold", "must not be negative")
                .require(!enabled || amount != null, "auto_topup.amount", "is required when auto top-up is enabled")
                .require(amount == null || amount.isPositive(), "auto_topup.amount", "must be greater than zero")
                .require(!cooldown.isNegative() && cooldown.getNano() == 0, "auto_topup.cooldown_seconds",
                        "must be a whole number of seconds, not negative")
                .throwIfAny();
    }

    /**
     * Whether a wallet left with {@code balance} credits at {@code now} is topped up: enabled, strictly below the
     * threshold, and at least the cooldown after the last automatic top-up ({@code lastAt}, null if none).
     */
    public boolean isDue(Credits balance, Instant lastAt, Instant now) {
        return enabled && balance.compareTo(threshold) < 0
                && (lastAt == null || !now.isBefore(lastAt.plus(cooldown)));
    }
}
