package io.flexprice.domain.common;

/**
 * An infrastructure dependency (broker, database) failed or timed out. Nothing was accepted; the
 * caller may retry the same request (with the same ids) safely.
 */
public non-sealed class UnavailableException extends DomainException {

    public UnavailableException(ErrorCode code, String message, Throwable cause) {
        super(code, message, cause);
    }
}
