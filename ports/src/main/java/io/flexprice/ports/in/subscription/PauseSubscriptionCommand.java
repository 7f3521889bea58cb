package io.flexprice.ports.in.subscription;

import io.flexprice.domain.subscription.PauseMode;
import java.time.Instant;
import java.util.Map;

/**
 * A pause: {@code pauseStart} for SCHEDULED; its end is {@code pauseEnd} or {@code pauseDays} days (in the
 * customer's time zone) after the start, or none (until resumed). {@code dryRun} validates and returns the
 * pause without storing it.
 */
public record PauseSubscriptionCommand(PauseMode mode, Instant pauseStart, Instant pauseEnd, Integer pauseDays,
                                       String reason, Map<String, String> metadata, boolean dryRun) {
}
