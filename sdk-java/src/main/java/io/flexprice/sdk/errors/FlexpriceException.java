package io.flexprice.sdk.errors;

/**
 * Every failure of a call through this SDK. {@link ApiException} and its subclasses are answers of the
 * server (they carry its status, error code and request id); {@link ConnectionException} is a call that
 * got no answer.
 */
public class FlexpriceException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final String requestId;

    protected FlexpriceException(String message, int status, String code, String requestId, Throwable cause) {
        super(message, cause);
        this.status = status;
        this.code = code;
        this.requestId = requestId;
    }

    /** The HTTP status of the answer, or 0 if there was none. */
    public int status() {
        return status;
    }

    /** The server's stable error code (e.g. {@code customer.not_found}), or null if it gave none. */
    public String code() {
        return code;
    }

    /** The server's {@code X-Request-ID} for the last attempt, or null; quote it when asking for support. */
    public String requestId() {
        return requestId;
    }
}
