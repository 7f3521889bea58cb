package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * What made the invoice.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record InvoiceType(@JsonValue String value) {

    public static final InvoiceType SUBSCRIPTION = new InvoiceType("SUBSCRIPTION");
    public static final InvoiceType ONE_OFF = new InvoiceType("ONE_OFF");
    public static final InvoiceType CREDIT = new InvoiceType("CREDIT");

    private static final Set<InvoiceType> KNOWN = Set.of(SUBSCRIPTION, ONE_OFF, CREDIT);

    public InvoiceType {
        OpenEnums.require(value, "InvoiceType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InvoiceType of(String value) {
        return new InvoiceType(value);
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
