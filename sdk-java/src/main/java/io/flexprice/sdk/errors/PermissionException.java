package io.flexprice.sdk.errors;

import java.util.List;

/** 403: the API key may not do this (or not in this environment). */
public final class PermissionException extends ApiException {

    private static final long serialVersionUID = 1L;

    public PermissionException(int status, String code, String requestId, String errorMessage, String internalError,
                 List<FieldError> details, int attempts) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
    }
}
