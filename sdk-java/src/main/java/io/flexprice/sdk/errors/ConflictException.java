package io.flexprice.sdk.errors;

import java.util.List;

/** 409: the request conflicts with the current state (a taken lookup key, an idempotency key reused with another request). Nothing was changed. */
public final class ConflictException extends ApiException {

    private static final long serialVersionUID = 1L;

    public ConflictException(int status, String code, String requestId, String errorMessage, String internalError,
                 List<FieldError> details, int attempts) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
    }
}
