package io.flexprice.sdk.errors;

/**
 * No answer: the server could not be reached, the connection broke, or an attempt timed out, on every
 * attempt. For a mutating call the server may still have done it; calling again with the same
 * idempotency key (see {@code RequestOptions}) is safe.
 */
public final class ConnectionException extends FlexpriceException {

    private static final long serialVersionUID = 1L;

    private final int attempts;

    public ConnectionException(String message, Throwable cause, int attempts) {
        super(message + (attempts > 1 ? " after " + attempts + " attempts" : ""), 0, null, null, cause);
        this.attempts = attempts;
    }

    public int attempts() {
        return attempts;
    }
}
