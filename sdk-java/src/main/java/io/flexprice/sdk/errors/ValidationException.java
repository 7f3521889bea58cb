package io.flexprice.sdk.errors;

import java.util.List;

/** 400 (or 422): the request is invalid; {@link #details()} names every invalid field. Nothing was changed. */
public final class ValidationException extends ApiException {

    private static final long serialVersionUID = 1L;

    public ValidationException(int status, String code, String requestId, String errorMessage, String internalError,
                 List<FieldError> details, int attempts) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
    }
}
