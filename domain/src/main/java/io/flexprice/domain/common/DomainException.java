package io.flexprice.domain.common;

import java.util.Objects;

/**
 * Root of every error the domain and the application services raise on purpose. The categories are
 * fixed (the edge maps each to one HTTP status); concrete errors carry a stable {@link ErrorCode} and
 * a message that is safe to show to the caller.
 */
public abstract sealed class DomainException extends RuntimeException
        permits NotFoundException, ConflictException, ValidationException, UnauthenticatedException,
                ForbiddenException, RateLimitedException, UnavailableException {

    private final ErrorCode code;

    protected DomainException(ErrorCode code, String message) {
        this(code, message, null);
    }

    protected DomainException(ErrorCode code, String message, Throwable cause) {
        super(message, cause);
        this.code = Objects.requireNonNull(code, "code");
    }

    public ErrorCode code() {
        return code;
    }
}
