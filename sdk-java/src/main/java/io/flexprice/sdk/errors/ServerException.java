package io.flexprice.sdk.errors;

import java.util.List;

/** 5xx: the server failed; retried until the client's retries ran out. */
public final class ServerException extends ApiException {

    private static final long serialVersionUID = 1L;

    public ServerException(int status, String code, String requestId, String errorMessage, String internalError,
                 List<FieldError> details, int attempts) {
        super(status, code, requestId, errorMessage, internalError, details, attempts);
    }
}
