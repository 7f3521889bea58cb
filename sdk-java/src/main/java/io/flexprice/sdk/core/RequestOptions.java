package io.flexprice.sdk.core;

import java.time.Duration;

/**
 * Per-call settings that override the client's. Every field is optional.
 *
 * @param idempotencyKey the {@code Idempotency-Key} to send (1 to 255 characters) instead of a generated
 *                       one; give your own to make a call safe to repeat across processes or restarts
 * @param maxRetries     how many times this call may be retried, instead of the client's setting
 * @param timeout        how long one attempt may take, instead of the client's setting
 */
public record RequestOptions(String idempotencyKey, Integer maxRetries, Duration timeout) {

    /** No overrides. */
    public static final RequestOptions NONE = new RequestOptions(null, null, null);

    public RequestOptions {
        if (idempotencyKey != null && (idempotencyKey.isBlank() || idempotencyKey.length() > 255)) {
            throw new IllegalArgumentException("idempotencyKey must have 1 to 255 characters");
        }
        if (maxRetries != null && maxRetries < 0) {
            throw new IllegalArgumentException("maxRetries must not be negative");
        }
        if (timeout != null && (timeout.isNegative() || timeout.isZero())) {
            throw new IllegalArgumentException("timeout must be positive");
        }
    }

    /** Only an idempotency key. */
    public static RequestOptions idempotencyKey(String key) {
        return new RequestOptions(key, null, null);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String idempotencyKey;
        private Integer maxRetries;
        private Duration timeout;

        private Builder() {
        }

        public Builder idempotencyKey(String idempotencyKey) {
            this.idempotencyKey = idempotencyKey;
            return this;
        }

        public Builder maxRetries(int maxRetries) {
            this.maxRetries = maxRetries;
            return this;
        }

        public Builder timeout(Duration timeout) {
            this.timeout = timeout;
            return this;
        }

        public RequestOptions build() {
            return new RequestOptions(idempotencyKey, maxRetries, timeout);
        }
    }
}
