package io.flexprice.sdk.errors;

/**
 * A success answer the SDK could not read: its body is not the JSON the operation answers with (a proxy
 * page, a server of another API version). The call may have had its effect.
 */
public final class UnexpectedResponseException extends FlexpriceException {

    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(String message, int status, String requestId, Throwable cause) {
        super(message, status, null, requestId, cause);
    }
}
