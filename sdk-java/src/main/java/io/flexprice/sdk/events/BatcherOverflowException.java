package io.flexprice.sdk.events;

import io.flexprice.sdk.errors.FlexpriceException;

/** An event the batcher did not take because its queue was full (see {@link OverflowPolicy}). */
public final class BatcherOverflowException extends FlexpriceException {

    private static final long serialVersionUID = 1L;

    public BatcherOverflowException(String message) {
        super(message, 0, null, null, null);
    }
}
