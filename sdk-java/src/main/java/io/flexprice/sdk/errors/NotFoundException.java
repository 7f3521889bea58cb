package io.flexprice.sdk.errors;

import java.util.List;

/** 404: the object does not exist (or not in this environment). */
public final class NotFoundException extends ApiException {

    private static final long serialVersionUID = 1L;

    public NotFoundException(int status, String code, String requestId, String errorMessage, String internalError,
                 List<FieldError> details, int attempts) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
    }
}
