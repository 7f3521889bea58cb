package io.flexprice.sdk.errors;

import java.util.List;

/** 401: the API key is missing, unknown, expired or revoked. */
public final class AuthenticationException extends ApiException {

    private static final long serialVersionUID = 1L;

    public AuthenticationException(int status, String code, String requestId, String errorMessage, String internalError,
                 List<FieldError> details, int attempts) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
    }
}
