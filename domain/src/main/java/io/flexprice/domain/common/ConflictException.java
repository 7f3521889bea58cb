package io.flexprice.domain.common;

/** The request contradicts state that already exists (a unique key, a state transition). */
public non-sealed class ConflictException extends DomainException {

    public ConflictException(ErrorCode code, String message) {
        super(code, message);
    }
}
