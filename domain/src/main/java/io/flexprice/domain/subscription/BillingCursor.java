package io.flexprice.domain.subscription;

import io.flexprice.domain.billing.Period;
import io.flexprice.domain.tenancy.Scope;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Where the billing loop stands with one subscription: the next {@link #period} to invoice, due at its end. The loop
 * keeps this cursor instead of reading the subscription's current period, which reads and changes move on.
 *
 * <ul>
 *   <li>Open ({@code endedAt} null): {@code period} is the next period to bill; it is due at {@code period.end()}
 *       and tried from {@code nextAttemptAt} (the due time, or later after a failed attempt).</li>
 *   <li>A failed attempt counts in {@code attempts}, keeps its {@code lastError} and waits
 *       {@link #retryDelay(int)} before the next; billing the period resets both.</li>
 *   <li>Ended ({@code endedAt} set): the subscription ended; {@code period} is the last one the cursor held.</li>
 * </ul>
 */
public record BillingCursor(Scope scope, SubscriptionId subscriptionId, Period period, Instant nextAttemptAt,
                            int attempts, String lastError, Instant endedAt, Instant createdAt, Instant updatedAt) {

    /** The longest {@code lastError} kept; a longer message is cut. */
    public static final int MAX_ERROR_LENGTH = 1000;
    /** The wait after the first failed attempt; it doubles with every further failure, up to {@link #MAX_RETRY_DELAY}. */
    public static final Duration FIRST_RETRY_DELAY = Duration.ofMinutes(1);
    public static final Duration MAX_RETRY_DELAY = Duration.ofHours(1);

    public BillingCursor {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subscriptionId, "subscriptionId");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(nextAttemptAt, "nextAttemptAt");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (attempts < 0) {
            throw new IllegalArgumentException("attempts must not be negative: " + attempts);
        }
        if (lastError != null && lastError.length() > MAX_ERROR_LENGTH) {
            lastError = lastError.substring(0, MAX_ERROR_LENGTH);
        }
    }

    /** A new cursor whose first period to bill is {@code first}, due at its end. */
    public static BillingCursor startingAt(Scope scope, SubscriptionId subscriptionId, Period first, Instant now) {
        return new BillingCursor(scope, subscriptionId, first, first.end(), 0, null, null, now, now);
    }

    /**
     * The cursor of a subscription just created or activated: its first period, from its start to the schedule's
     * first boundary, cut by its end. None for a draft (its periods start when it is activated).
     */
    public static Optional<BillingCursor> firstOf(Subscription subscription, Instant now) {
        if (subscription.subscriptionStatus() == SubscriptionStatus.DRAFT) {
            return Optional.empty();
        }
        Period first = subscription.billing().schedule().firstPeriod(subscription.startDate());
        Optional<Instant> end = subscription.endsAt();
        if (end.isPresent() && end.get().isAfter(first.start()) && end.get().isBefore(first.end())) {
            first = new Period(first.start(), end.get());
        }
        return Optional.of(startingAt(subscription.scope(), subscription.id(), first, now));
    }

    /** When {@link #period} is due: its end. */
    public Instant dueAt() {
        return period.end();
    }

    public boolean isEnded() {
        return endedAt != null;
    }

    /** Whether the loop should try to bill {@link #period} at {@code now}. */
    public boolean isDueAt(Instant now) {
        return endedAt == null && !nextAttemptAt.isAfter(now);
    }

    /** {@link #period} was billed: the cursor moves to {@code next}, due at its end, with no failure pending. */
    public BillingCursor advancedTo(Period next, Instant now) {
        requireOpen();
        if (next.start().isBefore(period.start())) {
            throw new IllegalArgumentException("a cursor never moves back: " + next + " is before " + period);
        }
        return new BillingCursor(scope, subscriptionId, next, next.end(), 0, null, null, createdAt, now);
    }

    /** The subscription ended: nothing more is billed. */
    public BillingCursor ended(Instant now) {
        requireOpen();
        return new BillingCursor(scope, subscriptionId, period, nextAttemptAt, attempts, lastError, now, createdAt,
                now);
    }

    /** An attempt to bill {@link #period} at {@code now} failed with {@code error}: tried again after a delay. */
    public BillingCursor failed(String error, Instant now) {
        requireOpen();
        int failures = attempts + 1;
        return new BillingCursor(scope, subscriptionId, period, now.plus(retryDelay(failures)), failures,
                error == null ? "unknown error" : error, null, createdAt, now);
    }

    /** The wait after the {@code failures}-th failure in a row: 1, 2, 4, ... minutes, at most an hour. */
    public static Duration retryDelay(int failures) {
        if (failures < 1) {
            return Duration.ZERO;
        }
        int doublings = Math.min(failures - 1, 16);
        Duration delay = FIRST_RETRY_DELAY.multipliedBy(1L << doublings);
        return delay.compareTo(MAX_RETRY_DELAY) > 0 ? MAX_RETRY_DELAY : delay;
    }

    private void requireOpen() {
        if (endedAt != null) {
            throw new IllegalStateException("the billing cursor of " + subscriptionId + " has ended");
        }
    }
}
