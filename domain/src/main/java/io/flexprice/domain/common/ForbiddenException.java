package io.flexprice.domain.common;

/** Valid credentials, but not allowed to do this here. */
public non-sealed class ForbiddenException extends DomainException {

    public ForbiddenException(ErrorCode code, String message) {
        super(code, message);
    }
}
