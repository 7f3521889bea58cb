package io.flexprice.sdk.creditnotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Why a credit note is issued.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CreditNoteReason(@JsonValue String value) {

    public static final CreditNoteReason DUPLICATE = new CreditNoteReason("DUPLICATE");
    public static final CreditNoteReason FRAUDULENT = new CreditNoteReason("FRAUDULENT");
    public static final CreditNoteReason ORDER_CHANGE = new CreditNoteReason("ORDER_CHANGE");
    public static final CreditNoteReason UNSATISFACTORY = new CreditNoteReason("UNSATISFACTORY");
    public static final CreditNoteReason SERVICE_ISSUE = new CreditNoteReason("SERVICE_ISSUE");
    public static final CreditNoteReason BILLING_ERROR = new CreditNoteReason("BILLING_ERROR");
    public static final CreditNoteReason SUBSCRIPTION_CANCELLATION = new CreditNoteReason("SUBSCRIPTION_CANCELLATION");

    private static final Set<CreditNoteReason> KNOWN = Set.of(DUPLICATE, FRAUDULENT, ORDER_CHANGE, UNSATISFACTORY, SERVICE_ISSUE, BILLING_ERROR, SUBSCRIPTION_CANCELLATION);

    public CreditNoteReason {
        OpenEnums.require(value, "CreditNoteReason");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CreditNoteReason of(String value) {
        return new CreditNoteReason(value);
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
