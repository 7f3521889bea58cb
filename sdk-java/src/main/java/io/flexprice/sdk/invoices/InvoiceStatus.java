package io.flexprice.sdk.invoices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where an invoice is in its life; SKIPPED (an extension) is a period that owed nothing.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record InvoiceStatus(@JsonValue String value) {

    public static final InvoiceStatus DRAFT = new InvoiceStatus("DRAFT");
    public static final InvoiceStatus FINALIZED = new InvoiceStatus("FINALIZED");
    public static final InvoiceStatus VOIDED = new InvoiceStatus("VOIDED");
    public static final InvoiceStatus SKIPPED = new InvoiceStatus("SKIPPED");

    private static final Set<InvoiceStatus> KNOWN = Set.of(DRAFT, FINALIZED, VOIDED, SKIPPED);

    public InvoiceStatus {
        OpenEnums.require(value, "InvoiceStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InvoiceStatus of(String value) {
        return new InvoiceStatus(value);
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
