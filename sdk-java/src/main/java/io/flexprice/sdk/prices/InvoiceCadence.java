package io.flexprice.sdk.prices;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import io.flexprice.sdk.common.OpenEnums;
import java.util.Set;

/**
 * Whether a price is invoiced at the start ({@code ADVANCE}) or the end ({@code ARREAR}) of its period.
 *
 * <p>An open enum: a value this SDK version does not know is kept as it came, with {@link #isKnown()}
 * false, instead of failing the whole answer.
 *
 * @param value the wire string
 */
public record InvoiceCadence(@JsonValue String value) {

    public static final InvoiceCadence ARREAR = new InvoiceCadence("ARREAR");
    public static final InvoiceCadence ADVANCE = new InvoiceCadence("ADVANCE");

    private static final Set<InvoiceCadence> KNOWN = Set.of(ARREAR, ADVANCE);

    public InvoiceCadence {
        OpenEnums.require(value, "InvoiceCadence");
    }

    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static InvoiceCadence of(String value) {
        return new InvoiceCadence(value);
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
