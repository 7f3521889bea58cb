package io.flexprice.domain.common;

/** No valid credentials were presented. */
public non-sealed class UnauthenticatedException extends DomainException {

    public UnauthenticatedException(ErrorCode code, String message) {
        super(code, message);
    }
}
