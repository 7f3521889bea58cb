package io.flexprice.sdk.errors;

import java.time.Duration;
import java.util.List;

/** 429: too many requests; retried (honouring {@code Retry-After}) until the client's retries ran out. */
public final class RateLimitException extends ApiException {

    private static final long serialVersionUID = 1L;

    private final Duration retryAfter;

    public RateLimitException(int status, String code, String requestId, String errorMessage, String internalError,
                              List<FieldError> details, int attempts, Duration retryAfter) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
        this.retryAfter = retryAfter;
    }

    /** The server's {@code Retry-After}, or null if it sent none. */
    public Duration retryAfter() {
        return retryAfter;
    }
}
