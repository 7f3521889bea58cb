package io.flexprice.sdk.errors;

import java.util.List;

/**
 * An error answer of the server, in FlexPrice's shape
 * {@code {"success": false, "error": {"message", "internal_error", "code", "details"}}}. Statuses
 * without a subclass of their own (e.g. 405, 415) arrive as this class.
 */
public class ApiException extends FlexpriceException {

    private static final long serialVersionUID = 1L;

    private final String errorMessage;
    private final String internalError;
    private final transient List<FieldError> details;
    private final int attempts;

    public ApiException(int status, String code, String requestId, String errorMessage, String internalError,
                        List<FieldError> details, int attempts) {
        super(describe(status, code, requestId, errorMessage, attempts), status, code, requestId, null);
        this.errorMessage = errorMessage;
        this.internalError = internalError;
        this.details = details == null ? List.of() : List.copyOf(details);
        this.attempts = attempts;
    }

    private static String describe(int status, String code, String requestId, String message, int attempts) {
        StringBuilder out = new StringBuilder().append(status);
        if (code != null) {
            out.append(' ').append(code);
        }
        out.append(": ").append(message == null || message.isBlank() ? "(no message)" : message);
        if (requestId != null) {
            out.append(" [request ").append(requestId).append(']');
        }
        if (attempts > 1) {
            out.append(" after ").append(attempts).append(" attempts");
        }
        return out.toString();
    }

    /** The server's message, safe to show. */
    public String errorMessage() {
        return errorMessage;
    }

    /** The server's {@code internal_error}, or null. */
    public String internalError() {
        return internalError;
    }

    /** The invalid fields, for a validation error; empty otherwise. */
    public List<FieldError> details() {
        return details;
    }

    /** How many attempts the call made before giving up with this answer. */
    public int attempts() {
        return attempts;
    }
}
