package io.flexprice.sdk.creditnotes;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Where a credit note is in its life.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record CreditNoteStatus(@JsonValue String value) {

    public static final CreditNoteStatus DRAFT = new CreditNoteStatus("DRAFT");
    public static final CreditNoteStatus FINALIZED = new CreditNoteStatus("FINALIZED");
    public static final CreditNoteStatus VOIDED = new CreditNoteStatus("VOIDED");

    private static final Set<CreditNoteStatus> KNOWN = Set.of(DRAFT, FINALIZED, VOIDED);

    public CreditNoteStatus {
        OpenEnums.require(value, "CreditNoteStatus");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static CreditNoteStatus of(String value) {
        return new CreditNoteStatus(value);
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
