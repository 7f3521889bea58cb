package io.flexprice.sdk.creditnotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * ADJUSTMENT (reduces what an unpaid invoice owes) or REFUND (gives back what a paid one took).
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CreditNoteType(@JsonValue String value) {

    public static final CreditNoteType ADJUSTMENT = new CreditNoteType("ADJUSTMENT");
    public static final CreditNoteType REFUND = new CreditNoteType("REFUND");

    private static final Set<CreditNoteType> KNOWN = Set.of(ADJUSTMENT, REFUND);

    public CreditNoteType {
        OpenEnums.require(value, "CreditNoteType");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CreditNoteType of(String value) {
        return new CreditNoteType(value);
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
