package io.flexprice.domain.common;

/** The thing asked for does not exist in the caller's tenant and environment. */
public non-sealed class NotFoundException extends DomainException {

    public NotFoundException(ErrorCode code, String message) {
        super(code, message);
    }
}
