package io.flexprice.domain.common;

/** Too many requests; the caller may retry later. */
public non-sealed class RateLimitedException extends DomainException {

    public RateLimitedException(ErrorCode code, String message) {
        super(code, message);
    }
}
