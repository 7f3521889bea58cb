package io.flexprice.sdk.subscriptions;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether an immediate cancellation invoices what it settles at once (this server ignores it).
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CancelImmediatelyInvoicePolicy(@JsonValue String value) {

    public static final CancelImmediatelyInvoicePolicy GENERATE_INVOICE = new CancelImmediatelyInvoicePolicy("generate_invoice");
    public static final CancelImmediatelyInvoicePolicy SKIP = new CancelImmediatelyInvoicePolicy("skip");

    private static final Set<CancelImmediatelyInvoicePolicy> KNOWN = Set.of(GENERATE_INVOICE, SKIP);

    public CancelImmediatelyInvoicePolicy {
        OpenEnums.require(value, "CancelImmediatelyInvoicePolicy");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CancelImmediatelyInvoicePolicy of(String value) {
        return new CancelImmediatelyInvoicePolicy(value);
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
