package io.flexprice.sdk.core;

import java.time.Duration;
import java.util.function.DoubleSupplier;

/**
 * When and how long to wait before retrying. Connection errors, 408, 429, 5xx (but 501) and a 409 whose
 * code says the same idempotency key is still in flight are retried; everything else is final.
 *
 * <p>Without {@code Retry-After} the delay grows exponentially from {@code initialDelay}, doubling per
 * attempt up to {@code maxDelay}, with "equal jitter": a random point in the upper half of that step, so
 * that many clients failing together do not retry together. With {@code Retry-After} the server's delay
 * is used as given, unless it exceeds {@code maxRetryAfter}: then the call is not retried and the error
 * (with its {@code retryAfter}) goes to the caller, who may wait that long if it suits them.
 *
 * @param maxRetries    retries after the first attempt (0 = none)
 * @param initialDelay  the first backoff step
 * @param maxDelay      the largest backoff step
 * @param maxRetryAfter the longest {@code Retry-After} waited for
 */
public record RetryPolicy(int maxRetries, Duration initialDelay, Duration maxDelay, Duration maxRetryAfter) {

    /** The code our server (and FlexPrice-compatible ones) gives while the first request with a key still runs. */
    public static final String IDEMPOTENCY_KEY_IN_FLIGHT = "request.idempotency_key_in_flight";

    public static final RetryPolicy DEFAULT = new RetryPolicy(3, Duration.ofMillis(500), Duration.ofSeconds(8),
            Duration.ofSeconds(60));

    public RetryPolicy {
        if (maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        requirePositive(initialDelay, "initialDelay");
        requirePositive(maxDelay, "maxDelay");
        if (maxRetryAfter == null || maxRetryAfter.isNegative()) {
            throw new IllegalArgumentException("maxRetryAfter must not be negative");
        }
        if (maxDelay.compareTo(initialDelay) < 0) {
            throw new IllegalArgumentException("maxDelay must not be less than initialDelay");
        }
    }

    private static void requirePositive(Duration value, String name) {
        if (value == null || value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive");
        }
    }

    public RetryPolicy withMaxRetries(int retries) {
        return new RetryPolicy(retries, initialDelay, maxDelay, maxRetryAfter);
    }

    /** Whether an error response with this status and error code may be retried. */
    public static boolean isRetryable(int status, String code) {
        return status == 408 || status == 429 || (status >= 500 && status != 501)
                || (status == 409 && IDEMPOTENCY_KEY_IN_FLIGHT.equals(code));
    }

    /** Whether the server's {@code Retry-After} is short enough to wait for. */
    public boolean allowsRetryAfter(Duration retryAfter) {
        return retryAfter == null || retryAfter.compareTo(maxRetryAfter) <= 0;
    }

    /**
     * The wait before retry number {@code retry} (0 for the first retry): the server's
     * {@code retryAfter} if it gave one, else the jittered exponential step.
     *
     * @param random a source of numbers in [0, 1)
     */
    public Duration delay(int retry, Duration retryAfter, DoubleSupplier random) {
        if (retryAfter != null) {
            return retryAfter;
        }
        long step = initialDelay.toNanos();
        for (int i = 0; i < retry && step < maxDelay.toNanos(); i++) {
            step *= 2;
        }
        step = Math.min(step, maxDelay.toNanos());
        long half = step / 2;
        return Duration.ofNanos(half + (long) (random.getAsDouble() * (step - half)));
    }
}
