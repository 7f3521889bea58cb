package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * How far an invoice (or a payment) is paid.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record PaymentStatus(@JsonValue String value) {

    public static final PaymentStatus INITIATED = new PaymentStatus("INITIATED");
    public static final PaymentStatus PENDING = new PaymentStatus("PENDING");
    public static final PaymentStatus PROCESSING = new PaymentStatus("PROCESSING");
    public static final PaymentStatus SUCCEEDED = new PaymentStatus("SUCCEEDED");
    public static final PaymentStatus OVERPAID = new PaymentStatus("OVERPAID");
    public static final PaymentStatus FAILED = new PaymentStatus("FAILED");
    public static final PaymentStatus REFUNDED = new PaymentStatus("REFUNDED");
    public static final PaymentStatus PARTIALLY_REFUNDED = new PaymentStatus("PARTIALLY_REFUNDED");

    private static final Set<PaymentStatus> KNOWN = Set.of(INITIATED, PENDING, PROCESSING, SUCCEEDED, OVERPAID, FAILED, REFUNDED, PARTIALLY_REFUNDED);

    public PaymentStatus {
        OpenEnums.require(value, "PaymentStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static PaymentStatus of(String value) {
        return new PaymentStatus(value);
    }

    /** Whether this SDK version knows the value (it is one of the constants). */
    public boolean isKnown() {
        return KNOWN.contains(this);
    }

    @Override
    public String toString() {
        return value;
    }
}
